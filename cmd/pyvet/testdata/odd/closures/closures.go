// Package closures exercises deep nesting: closures nested 50 deep whose
// innermost one calls a borrowed API, and go statements inside closures
// whose goroutine calls PyGILState_Ensure without locking its OS thread.
//
// The closures are passed to call, which is not inlined: 50 closures that
// are called where they are written (func() {…}()) make the Go compiler's
// inliner take time and memory exponential in the depth (about 80 s and
// 16 GB at depth 26 with go1.26), and go list -export, which pyvet runs,
// compiles the package.
package closures

// #cgo pkg-config: python3-embed
// #include <Python.h>
import "C"

import "runtime"

//go:noinline
func call(f func()) { f() }

// Deep nests 50 closures; only the innermost calls C.
func Deep(l *C.PyObject) (item *C.PyObject) {
	call(func() { // 1
		call(func() { // 2
			call(func() { // 3
				call(func() { // 4
					call(func() { // 5
						call(func() { // 6
							call(func() { // 7
								call(func() { // 8
									call(func() { // 9
										call(func() { // 10
											call(func() { // 11
												call(func() { // 12
													call(func() { // 13
														call(func() { // 14
															call(func() { // 15
																call(func() { // 16
																	call(func() { // 17
																		call(func() { // 18
																			call(func() { // 19
																				call(func() { // 20
																					call(func() { // 21
																						call(func() { // 22
																							call(func() { // 23
																								call(func() { // 24
																									call(func() { // 25
																										call(func() { // 26
																											call(func() { // 27
																												call(func() { // 28
																													call(func() { // 29
																														call(func() { // 30
																															call(func() { // 31
																																call(func() { // 32
																																	call(func() { // 33
																																		call(func() { // 34
																																			call(func() { // 35
																																				call(func() { // 36
																																					call(func() { // 37
																																						call(func() { // 38
																																							call(func() { // 39
																																								call(func() { // 40
																																									call(func() { // 41
																																										call(func() { // 42
																																											call(func() { // 43
																																												call(func() { // 44
																																													call(func() { // 45
																																														call(func() { // 46
																																															call(func() { // 47
																																																call(func() { // 48
																																																	call(func() { // 49
																																																		call(func() { // 50
																																																			item = C.PyList_GetItem(l, 0) // finding: borrowedref
																																																		})
																																																	})
																																																})
																																															})
																																														})
																																													})
																																												})
																																											})
																																										})
																																									})
																																								})
																																							})
																																						})
																																					})
																																				})
																																			})
																																		})
																																	})
																																})
																															})
																														})
																													})
																												})
																											})
																										})
																									})
																								})
																							})
																						})
																					})
																				})
																			})
																		})
																	})
																})
															})
														})
													})
												})
											})
										})
									})
								})
							})
						})
					})
				})
			})
		})
	})
	return C.PyObject_Repr(item)
}

// Spawn starts goroutines from inside closures: the one that does not lock
// its OS thread is reported, the one that does is not.
func Spawn(fn *C.PyObject) {
	call(func() {
		call(func() {
			go func() {
				st := C.PyGILState_Ensure() // finding: osthread
				C.PyObject_CallNoArgs(fn)
				C.PyGILState_Release(st)
			}()
			go func() {
				runtime.LockOSThread()
				defer runtime.UnlockOSThread()
				st := C.PyGILState_Ensure() // silent: locked first
				C.PyObject_CallNoArgs(fn)
				C.PyGILState_Release(st)
			}()
		})
	})
}
