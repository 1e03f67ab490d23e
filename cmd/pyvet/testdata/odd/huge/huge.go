// Package huge is two functions of 3,000 if blocks each, every block
// calling C: the shape of generated bindings, but without a "Code
// generated" line, so pyvet reports in it. Written by hugeSource in
// cmd/pyvet/odd_test.go; rewrite it with
//
//	go test ./cmd/pyvet -run TestHugeUpToDate -pyvet.update
package huge

// #cgo pkg-config: python3-embed
// #include <Python.h>
import "C"

import "runtime"

// Huge returns the repr of item n of l (n even, reported) or of t (n odd,
// silent: tuples are immutable).
func Huge(l, t *C.PyObject, n int) (item *C.PyObject) {
	if n == 0 {
		item = C.PyList_GetItem(l, 0) // finding: borrowedref
	}
	if n == 1 {
		item = C.PyTuple_GetItem(t, 1)
	}
	if n == 2 {
		item = C.PyList_GetItem(l, 2) // finding: borrowedref
	}
	if n == 3 {
		item = C.PyTuple_GetItem(t, 3)
	}
	if n == 4 {
		item = C.PyList_GetItem(l, 4) // finding: borrowedref
	}
	if n == 5 {
		item = C.PyTuple_GetItem(t, 5)
	}
	if n == 6 {
		item = C.PyList_GetItem(l, 6) // finding: borrowedref
	}
	if n == 7 {
		item = C.PyTuple_GetItem(t, 7)
	}
	if n == 8 {
		item = C.PyList_GetItem(l, 8) // finding: borrowedref
	}
	if n == 9 {
		item = C.PyTuple_GetItem(t, 9)
	}
	if n == 10 {
		item = C.PyList_GetItem(l, 10) // finding: borrowedref
	}
	if n == 11 {
		item = C.PyTuple_GetItem(t, 11)
	}
	if n == 12 {
		item = C.PyList_GetItem(l, 12) // finding: borrowedref
	}
	if n == 13 {
		item = C.PyTuple_GetItem(t, 13)
	}
	if n == 14 {
		item = C.PyList_GetItem(l, 14) // finding: borrowedref
	}
	if n == 15 {
		item = C.PyTuple_GetItem(t, 15)
	}
	if n == 16 {
		item = C.PyList_GetItem(l, 16) // finding: borrowedref
	}
	if n == 17 {
		item = C.PyTuple_GetItem(t, 17)
	}
	if n == 18 {
		item = C.PyList_GetItem(l, 18) // finding: borrowedref
	}
	if n == 19 {
		item = C.PyTuple_GetItem(t, 19)
	}
	if n == 20 {
		item = C.PyList_GetItem(l, 20) // finding: borrowedref
	}
	if n == 21 {
		item = C.PyTuple_GetItem(t, 21)
	}
	if n == 22 {
		item = C.PyList_GetItem(l, 22) // finding: borrowedref
	}
	if n == 23 {
		item = C.PyTuple_GetItem(t, 23)
	}
	if n == 24 {
		item = C.PyList_GetItem(l, 24) // finding: borrowedref
	}
	if n == 25 {
		item = C.PyTuple_GetItem(t, 25)
	}
	if n == 26 {
		item = C.PyList_GetItem(l, 26) // finding: borrowedref
	}
	if n == 27 {
		item = C.PyTuple_GetItem(t, 27)
	}
	if n == 28 {
		item = C.PyList_GetItem(l, 28) // finding: borrowedref
	}
	if n == 29 {
		item = C.PyTuple_GetItem(t, 29)
	}
	if n == 30 {
		item = C.PyList_GetItem(l, 30) // finding: borrowedref
	}
	if n == 31 {
		item = C.PyTuple_GetItem(t, 31)
	}
	if n == 32 {
		item = C.PyList_GetItem(l, 32) // finding: borrowedref
	}
	if n == 33 {
		item = C.PyTuple_GetItem(t, 33)
	}
	if n == 34 {
		item = C.PyList_GetItem(l, 34) // finding: borrowedref
	}
	if n == 35 {
		item = C.PyTuple_GetItem(t, 35)
	}
	if n == 36 {
		item = C.PyList_GetItem(l, 36) // finding: borrowedref
	}
	if n == 37 {
		item = C.PyTuple_GetItem(t, 37)
	}
	if n == 38 {
		item = C.PyList_GetItem(l, 38) // finding: borrowedref
	}
	if n == 39 {
		item = C.PyTuple_GetItem(t, 39)
	}
	if n == 40 {
		item = C.PyList_GetItem(l, 40) // finding: borrowedref
	}
	if n == 41 {
		item = C.PyTuple_GetItem(t, 41)
	}
	if n == 42 {
		item = C.PyList_GetItem(l, 42) // finding: borrowedref
	}
	if n == 43 {
		item = C.PyTuple_GetItem(t, 43)
	}
	if n == 44 {
		item = C.PyList_GetItem(l, 44) // finding: borrowedref
	}
	if n == 45 {
		item = C.PyTuple_GetItem(t, 45)
	}
	if n == 46 {
		item = C.PyList_GetItem(l, 46) // finding: borrowedref
	}
	if n == 47 {
		item = C.PyTuple_GetItem(t, 47)
	}
	if n == 48 {
		item = C.PyList_GetItem(l, 48) // finding: borrowedref
	}
	if n == 49 {
		item = C.PyTuple_GetItem(t, 49)
	}
	if n == 50 {
		item = C.PyList_GetItem(l, 50) // finding: borrowedref
	}
	if n == 51 {
		item = C.PyTuple_GetItem(t, 51)
	}
	if n == 52 {
		item = C.PyList_GetItem(l, 52) // finding: borrowedref
	}
	if n == 53 {
		item = C.PyTuple_GetItem(t, 53)
	}
	if n == 54 {
		item = C.PyList_GetItem(l, 54) // finding: borrowedref
	}
	if n == 55 {
		item = C.PyTuple_GetItem(t, 55)
	}
	if n == 56 {
		item = C.PyList_GetItem(l, 56) // finding: borrowedref
	}
	if n == 57 {
		item = C.PyTuple_GetItem(t, 57)
	}
	if n == 58 {
		item = C.PyList_GetItem(l, 58) // finding: borrowedref
	}
	if n == 59 {
		item = C.PyTuple_GetItem(t, 59)
	}
	if n == 60 {
		item = C.PyList_GetItem(l, 60) // finding: borrowedref
	}
	if n == 61 {
		item = C.PyTuple_GetItem(t, 61)
	}
	if n == 62 {
		item = C.PyList_GetItem(l, 62) // finding: borrowedref
	}
	if n == 63 {
		item = C.PyTuple_GetItem(t, 63)
	}
	if n == 64 {
		item = C.PyList_GetItem(l, 64) // finding: borrowedref
	}
	if n == 65 {
		item = C.PyTuple_GetItem(t, 65)
	}
	if n == 66 {
		item = C.PyList_GetItem(l, 66) // finding: borrowedref
	}
	if n == 67 {
		item = C.PyTuple_GetItem(t, 67)
	}
	if n == 68 {
		item = C.PyList_GetItem(l, 68) // finding: borrowedref
	}
	if n == 69 {
		item = C.PyTuple_GetItem(t, 69)
	}
	if n == 70 {
		item = C.PyList_GetItem(l, 70) // finding: borrowedref
	}
	if n == 71 {
		item = C.PyTuple_GetItem(t, 71)
	}
	if n == 72 {
		item = C.PyList_GetItem(l, 72) // finding: borrowedref
	}
	if n == 73 {
		item = C.PyTuple_GetItem(t, 73)
	}
	if n == 74 {
		item = C.PyList_GetItem(l, 74) // finding: borrowedref
	}
	if n == 75 {
		item = C.PyTuple_GetItem(t, 75)
	}
	if n == 76 {
		item = C.PyList_GetItem(l, 76) // finding: borrowedref
	}
	if n == 77 {
		item = C.PyTuple_GetItem(t, 77)
	}
	if n == 78 {
		item = C.PyList_GetItem(l, 78) // finding: borrowedref
	}
	if n == 79 {
		item = C.PyTuple_GetItem(t, 79)
	}
	if n == 80 {
		item = C.PyList_GetItem(l, 80) // finding: borrowedref
	}
	if n == 81 {
		item = C.PyTuple_GetItem(t, 81)
	}
	if n == 82 {
		item = C.PyList_GetItem(l, 82) // finding: borrowedref
	}
	if n == 83 {
		item = C.PyTuple_GetItem(t, 83)
	}
	if n == 84 {
		item = C.PyList_GetItem(l, 84) // finding: borrowedref
	}
	if n == 85 {
		item = C.PyTuple_GetItem(t, 85)
	}
	if n == 86 {
		item = C.PyList_GetItem(l, 86) // finding: borrowedref
	}
	if n == 87 {
		item = C.PyTuple_GetItem(t, 87)
	}
	if n == 88 {
		item = C.PyList_GetItem(l, 88) // finding: borrowedref
	}
	if n == 89 {
		item = C.PyTuple_GetItem(t, 89)
	}
	if n == 90 {
		item = C.PyList_GetItem(l, 90) // finding: borrowedref
	}
	if n == 91 {
		item = C.PyTuple_GetItem(t, 91)
	}
	if n == 92 {
		item = C.PyList_GetItem(l, 92) // finding: borrowedref
	}
	if n == 93 {
		item = C.PyTuple_GetItem(t, 93)
	}
	if n == 94 {
		item = C.PyList_GetItem(l, 94) // finding: borrowedref
	}
	if n == 95 {
		item = C.PyTuple_GetItem(t, 95)
	}
	if n == 96 {
		item = C.PyList_GetItem(l, 96) // finding: borrowedref
	}
	if n == 97 {
		item = C.PyTuple_GetItem(t, 97)
	}
	if n == 98 {
		item = C.PyList_GetItem(l, 98) // finding: borrowedref
	}
	if n == 99 {
		item = C.PyTuple_GetItem(t, 99)
	}
	if n == 100 {
		item = C.PyList_GetItem(l, 100) // finding: borrowedref
	}
	if n == 101 {
		item = C.PyTuple_GetItem(t, 101)
	}
	if n == 102 {
		item = C.PyList_GetItem(l, 102) // finding: borrowedref
	}
	if n == 103 {
		item = C.PyTuple_GetItem(t, 103)
	}
	if n == 104 {
		item = C.PyList_GetItem(l, 104) // finding: borrowedref
	}
	if n == 105 {
		item = C.PyTuple_GetItem(t, 105)
	}
	if n == 106 {
		item = C.PyList_GetItem(l, 106) // finding: borrowedref
	}
	if n == 107 {
		item = C.PyTuple_GetItem(t, 107)
	}
	if n == 108 {
		item = C.PyList_GetItem(l, 108) // finding: borrowedref
	}
	if n == 109 {
		item = C.PyTuple_GetItem(t, 109)
	}
	if n == 110 {
		item = C.PyList_GetItem(l, 110) // finding: borrowedref
	}
	if n == 111 {
		item = C.PyTuple_GetItem(t, 111)
	}
	if n == 112 {
		item = C.PyList_GetItem(l, 112) // finding: borrowedref
	}
	if n == 113 {
		item = C.PyTuple_GetItem(t, 113)
	}
	if n == 114 {
		item = C.PyList_GetItem(l, 114) // finding: borrowedref
	}
	if n == 115 {
		item = C.PyTuple_GetItem(t, 115)
	}
	if n == 116 {
		item = C.PyList_GetItem(l, 116) // finding: borrowedref
	}
	if n == 117 {
		item = C.PyTuple_GetItem(t, 117)
	}
	if n == 118 {
		item = C.PyList_GetItem(l, 118) // finding: borrowedref
	}
	if n == 119 {
		item = C.PyTuple_GetItem(t, 119)
	}
	if n == 120 {
		item = C.PyList_GetItem(l, 120) // finding: borrowedref
	}
	if n == 121 {
		item = C.PyTuple_GetItem(t, 121)
	}
	if n == 122 {
		item = C.PyList_GetItem(l, 122) // finding: borrowedref
	}
	if n == 123 {
		item = C.PyTuple_GetItem(t, 123)
	}
	if n == 124 {
		item = C.PyList_GetItem(l, 124) // finding: borrowedref
	}
	if n == 125 {
		item = C.PyTuple_GetItem(t, 125)
	}
	if n == 126 {
		item = C.PyList_GetItem(l, 126) // finding: borrowedref
	}
	if n == 127 {
		item = C.PyTuple_GetItem(t, 127)
	}
	if n == 128 {
		item = C.PyList_GetItem(l, 128) // finding: borrowedref
	}
	if n == 129 {
		item = C.PyTuple_GetItem(t, 129)
	}
	if n == 130 {
		item = C.PyList_GetItem(l, 130) // finding: borrowedref
	}
	if n == 131 {
		item = C.PyTuple_GetItem(t, 131)
	}
	if n == 132 {
		item = C.PyList_GetItem(l, 132) // finding: borrowedref
	}
	if n == 133 {
		item = C.PyTuple_GetItem(t, 133)
	}
	if n == 134 {
		item = C.PyList_GetItem(l, 134) // finding: borrowedref
	}
	if n == 135 {
		item = C.PyTuple_GetItem(t, 135)
	}
	if n == 136 {
		item = C.PyList_GetItem(l, 136) // finding: borrowedref
	}
	if n == 137 {
		item = C.PyTuple_GetItem(t, 137)
	}
	if n == 138 {
		item = C.PyList_GetItem(l, 138) // finding: borrowedref
	}
	if n == 139 {
		item = C.PyTuple_GetItem(t, 139)
	}
	if n == 140 {
		item = C.PyList_GetItem(l, 140) // finding: borrowedref
	}
	if n == 141 {
		item = C.PyTuple_GetItem(t, 141)
	}
	if n == 142 {
		item = C.PyList_GetItem(l, 142) // finding: borrowedref
	}
	if n == 143 {
		item = C.PyTuple_GetItem(t, 143)
	}
	if n == 144 {
		item = C.PyList_GetItem(l, 144) // finding: borrowedref
	}
	if n == 145 {
		item = C.PyTuple_GetItem(t, 145)
	}
	if n == 146 {
		item = C.PyList_GetItem(l, 146) // finding: borrowedref
	}
	if n == 147 {
		item = C.PyTuple_GetItem(t, 147)
	}
	if n == 148 {
		item = C.PyList_GetItem(l, 148) // finding: borrowedref
	}
	if n == 149 {
		item = C.PyTuple_GetItem(t, 149)
	}
	if n == 150 {
		item = C.PyList_GetItem(l, 150) // finding: borrowedref
	}
	if n == 151 {
		item = C.PyTuple_GetItem(t, 151)
	}
	if n == 152 {
		item = C.PyList_GetItem(l, 152) // finding: borrowedref
	}
	if n == 153 {
		item = C.PyTuple_GetItem(t, 153)
	}
	if n == 154 {
		item = C.PyList_GetItem(l, 154) // finding: borrowedref
	}
	if n == 155 {
		item = C.PyTuple_GetItem(t, 155)
	}
	if n == 156 {
		item = C.PyList_GetItem(l, 156) // finding: borrowedref
	}
	if n == 157 {
		item = C.PyTuple_GetItem(t, 157)
	}
	if n == 158 {
		item = C.PyList_GetItem(l, 158) // finding: borrowedref
	}
	if n == 159 {
		item = C.PyTuple_GetItem(t, 159)
	}
	if n == 160 {
		item = C.PyList_GetItem(l, 160) // finding: borrowedref
	}
	if n == 161 {
		item = C.PyTuple_GetItem(t, 161)
	}
	if n == 162 {
		item = C.PyList_GetItem(l, 162) // finding: borrowedref
	}
	if n == 163 {
		item = C.PyTuple_GetItem(t, 163)
	}
	if n == 164 {
		item = C.PyList_GetItem(l, 164) // finding: borrowedref
	}
	if n == 165 {
		item = C.PyTuple_GetItem(t, 165)
	}
	if n == 166 {
		item = C.PyList_GetItem(l, 166) // finding: borrowedref
	}
	if n == 167 {
		item = C.PyTuple_GetItem(t, 167)
	}
	if n == 168 {
		item = C.PyList_GetItem(l, 168) // finding: borrowedref
	}
	if n == 169 {
		item = C.PyTuple_GetItem(t, 169)
	}
	if n == 170 {
		item = C.PyList_GetItem(l, 170) // finding: borrowedref
	}
	if n == 171 {
		item = C.PyTuple_GetItem(t, 171)
	}
	if n == 172 {
		item = C.PyList_GetItem(l, 172) // finding: borrowedref
	}
	if n == 173 {
		item = C.PyTuple_GetItem(t, 173)
	}
	if n == 174 {
		item = C.PyList_GetItem(l, 174) // finding: borrowedref
	}
	if n == 175 {
		item = C.PyTuple_GetItem(t, 175)
	}
	if n == 176 {
		item = C.PyList_GetItem(l, 176) // finding: borrowedref
	}
	if n == 177 {
		item = C.PyTuple_GetItem(t, 177)
	}
	if n == 178 {
		item = C.PyList_GetItem(l, 178) // finding: borrowedref
	}
	if n == 179 {
		item = C.PyTuple_GetItem(t, 179)
	}
	if n == 180 {
		item = C.PyList_GetItem(l, 180) // finding: borrowedref
	}
	if n == 181 {
		item = C.PyTuple_GetItem(t, 181)
	}
	if n == 182 {
		item = C.PyList_GetItem(l, 182) // finding: borrowedref
	}
	if n == 183 {
		item = C.PyTuple_GetItem(t, 183)
	}
	if n == 184 {
		item = C.PyList_GetItem(l, 184) // finding: borrowedref
	}
	if n == 185 {
		item = C.PyTuple_GetItem(t, 185)
	}
	if n == 186 {
		item = C.PyList_GetItem(l, 186) // finding: borrowedref
	}
	if n == 187 {
		item = C.PyTuple_GetItem(t, 187)
	}
	if n == 188 {
		item = C.PyList_GetItem(l, 188) // finding: borrowedref
	}
	if n == 189 {
		item = C.PyTuple_GetItem(t, 189)
	}
	if n == 190 {
		item = C.PyList_GetItem(l, 190) // finding: borrowedref
	}
	if n == 191 {
		item = C.PyTuple_GetItem(t, 191)
	}
	if n == 192 {
		item = C.PyList_GetItem(l, 192) // finding: borrowedref
	}
	if n == 193 {
		item = C.PyTuple_GetItem(t, 193)
	}
	if n == 194 {
		item = C.PyList_GetItem(l, 194) // finding: borrowedref
	}
	if n == 195 {
		item = C.PyTuple_GetItem(t, 195)
	}
	if n == 196 {
		item = C.PyList_GetItem(l, 196) // finding: borrowedref
	}
	if n == 197 {
		item = C.PyTuple_GetItem(t, 197)
	}
	if n == 198 {
		item = C.PyList_GetItem(l, 198) // finding: borrowedref
	}
	if n == 199 {
		item = C.PyTuple_GetItem(t, 199)
	}
	if n == 200 {
		item = C.PyList_GetItem(l, 200) // finding: borrowedref
	}
	if n == 201 {
		item = C.PyTuple_GetItem(t, 201)
	}
	if n == 202 {
		item = C.PyList_GetItem(l, 202) // finding: borrowedref
	}
	if n == 203 {
		item = C.PyTuple_GetItem(t, 203)
	}
	if n == 204 {
		item = C.PyList_GetItem(l, 204) // finding: borrowedref
	}
	if n == 205 {
		item = C.PyTuple_GetItem(t, 205)
	}
	if n == 206 {
		item = C.PyList_GetItem(l, 206) // finding: borrowedref
	}
	if n == 207 {
		item = C.PyTuple_GetItem(t, 207)
	}
	if n == 208 {
		item = C.PyList_GetItem(l, 208) // finding: borrowedref
	}
	if n == 209 {
		item = C.PyTuple_GetItem(t, 209)
	}
	if n == 210 {
		item = C.PyList_GetItem(l, 210) // finding: borrowedref
	}
	if n == 211 {
		item = C.PyTuple_GetItem(t, 211)
	}
	if n == 212 {
		item = C.PyList_GetItem(l, 212) // finding: borrowedref
	}
	if n == 213 {
		item = C.PyTuple_GetItem(t, 213)
	}
	if n == 214 {
		item = C.PyList_GetItem(l, 214) // finding: borrowedref
	}
	if n == 215 {
		item = C.PyTuple_GetItem(t, 215)
	}
	if n == 216 {
		item = C.PyList_GetItem(l, 216) // finding: borrowedref
	}
	if n == 217 {
		item = C.PyTuple_GetItem(t, 217)
	}
	if n == 218 {
		item = C.PyList_GetItem(l, 218) // finding: borrowedref
	}
	if n == 219 {
		item = C.PyTuple_GetItem(t, 219)
	}
	if n == 220 {
		item = C.PyList_GetItem(l, 220) // finding: borrowedref
	}
	if n == 221 {
		item = C.PyTuple_GetItem(t, 221)
	}
	if n == 222 {
		item = C.PyList_GetItem(l, 222) // finding: borrowedref
	}
	if n == 223 {
		item = C.PyTuple_GetItem(t, 223)
	}
	if n == 224 {
		item = C.PyList_GetItem(l, 224) // finding: borrowedref
	}
	if n == 225 {
		item = C.PyTuple_GetItem(t, 225)
	}
	if n == 226 {
		item = C.PyList_GetItem(l, 226) // finding: borrowedref
	}
	if n == 227 {
		item = C.PyTuple_GetItem(t, 227)
	}
	if n == 228 {
		item = C.PyList_GetItem(l, 228) // finding: borrowedref
	}
	if n == 229 {
		item = C.PyTuple_GetItem(t, 229)
	}
	if n == 230 {
		item = C.PyList_GetItem(l, 230) // finding: borrowedref
	}
	if n == 231 {
		item = C.PyTuple_GetItem(t, 231)
	}
	if n == 232 {
		item = C.PyList_GetItem(l, 232) // finding: borrowedref
	}
	if n == 233 {
		item = C.PyTuple_GetItem(t, 233)
	}
	if n == 234 {
		item = C.PyList_GetItem(l, 234) // finding: borrowedref
	}
	if n == 235 {
		item = C.PyTuple_GetItem(t, 235)
	}
	if n == 236 {
		item = C.PyList_GetItem(l, 236) // finding: borrowedref
	}
	if n == 237 {
		item = C.PyTuple_GetItem(t, 237)
	}
	if n == 238 {
		item = C.PyList_GetItem(l, 238) // finding: borrowedref
	}
	if n == 239 {
		item = C.PyTuple_GetItem(t, 239)
	}
	if n == 240 {
		item = C.PyList_GetItem(l, 240) // finding: borrowedref
	}
	if n == 241 {
		item = C.PyTuple_GetItem(t, 241)
	}
	if n == 242 {
		item = C.PyList_GetItem(l, 242) // finding: borrowedref
	}
	if n == 243 {
		item = C.PyTuple_GetItem(t, 243)
	}
	if n == 244 {
		item = C.PyList_GetItem(l, 244) // finding: borrowedref
	}
	if n == 245 {
		item = C.PyTuple_GetItem(t, 245)
	}
	if n == 246 {
		item = C.PyList_GetItem(l, 246) // finding: borrowedref
	}
	if n == 247 {
		item = C.PyTuple_GetItem(t, 247)
	}
	if n == 248 {
		item = C.PyList_GetItem(l, 248) // finding: borrowedref
	}
	if n == 249 {
		item = C.PyTuple_GetItem(t, 249)
	}
	if n == 250 {
		item = C.PyList_GetItem(l, 250) // finding: borrowedref
	}
	if n == 251 {
		item = C.PyTuple_GetItem(t, 251)
	}
	if n == 252 {
		item = C.PyList_GetItem(l, 252) // finding: borrowedref
	}
	if n == 253 {
		item = C.PyTuple_GetItem(t, 253)
	}
	if n == 254 {
		item = C.PyList_GetItem(l, 254) // finding: borrowedref
	}
	if n == 255 {
		item = C.PyTuple_GetItem(t, 255)
	}
	if n == 256 {
		item = C.PyList_GetItem(l, 256) // finding: borrowedref
	}
	if n == 257 {
		item = C.PyTuple_GetItem(t, 257)
	}
	if n == 258 {
		item = C.PyList_GetItem(l, 258) // finding: borrowedref
	}
	if n == 259 {
		item = C.PyTuple_GetItem(t, 259)
	}
	if n == 260 {
		item = C.PyList_GetItem(l, 260) // finding: borrowedref
	}
	if n == 261 {
		item = C.PyTuple_GetItem(t, 261)
	}
	if n == 262 {
		item = C.PyList_GetItem(l, 262) // finding: borrowedref
	}
	if n == 263 {
		item = C.PyTuple_GetItem(t, 263)
	}
	if n == 264 {
		item = C.PyList_GetItem(l, 264) // finding: borrowedref
	}
	if n == 265 {
		item = C.PyTuple_GetItem(t, 265)
	}
	if n == 266 {
		item = C.PyList_GetItem(l, 266) // finding: borrowedref
	}
	if n == 267 {
		item = C.PyTuple_GetItem(t, 267)
	}
	if n == 268 {
		item = C.PyList_GetItem(l, 268) // finding: borrowedref
	}
	if n == 269 {
		item = C.PyTuple_GetItem(t, 269)
	}
	if n == 270 {
		item = C.PyList_GetItem(l, 270) // finding: borrowedref
	}
	if n == 271 {
		item = C.PyTuple_GetItem(t, 271)
	}
	if n == 272 {
		item = C.PyList_GetItem(l, 272) // finding: borrowedref
	}
	if n == 273 {
		item = C.PyTuple_GetItem(t, 273)
	}
	if n == 274 {
		item = C.PyList_GetItem(l, 274) // finding: borrowedref
	}
	if n == 275 {
		item = C.PyTuple_GetItem(t, 275)
	}
	if n == 276 {
		item = C.PyList_GetItem(l, 276) // finding: borrowedref
	}
	if n == 277 {
		item = C.PyTuple_GetItem(t, 277)
	}
	if n == 278 {
		item = C.PyList_GetItem(l, 278) // finding: borrowedref
	}
	if n == 279 {
		item = C.PyTuple_GetItem(t, 279)
	}
	if n == 280 {
		item = C.PyList_GetItem(l, 280) // finding: borrowedref
	}
	if n == 281 {
		item = C.PyTuple_GetItem(t, 281)
	}
	if n == 282 {
		item = C.PyList_GetItem(l, 282) // finding: borrowedref
	}
	if n == 283 {
		item = C.PyTuple_GetItem(t, 283)
	}
	if n == 284 {
		item = C.PyList_GetItem(l, 284) // finding: borrowedref
	}
	if n == 285 {
		item = C.PyTuple_GetItem(t, 285)
	}
	if n == 286 {
		item = C.PyList_GetItem(l, 286) // finding: borrowedref
	}
	if n == 287 {
		item = C.PyTuple_GetItem(t, 287)
	}
	if n == 288 {
		item = C.PyList_GetItem(l, 288) // finding: borrowedref
	}
	if n == 289 {
		item = C.PyTuple_GetItem(t, 289)
	}
	if n == 290 {
		item = C.PyList_GetItem(l, 290) // finding: borrowedref
	}
	if n == 291 {
		item = C.PyTuple_GetItem(t, 291)
	}
	if n == 292 {
		item = C.PyList_GetItem(l, 292) // finding: borrowedref
	}
	if n == 293 {
		item = C.PyTuple_GetItem(t, 293)
	}
	if n == 294 {
		item = C.PyList_GetItem(l, 294) // finding: borrowedref
	}
	if n == 295 {
		item = C.PyTuple_GetItem(t, 295)
	}
	if n == 296 {
		item = C.PyList_GetItem(l, 296) // finding: borrowedref
	}
	if n == 297 {
		item = C.PyTuple_GetItem(t, 297)
	}
	if n == 298 {
		item = C.PyList_GetItem(l, 298) // finding: borrowedref
	}
	if n == 299 {
		item = C.PyTuple_GetItem(t, 299)
	}
	if n == 300 {
		item = C.PyList_GetItem(l, 300) // finding: borrowedref
	}
	if n == 301 {
		item = C.PyTuple_GetItem(t, 301)
	}
	if n == 302 {
		item = C.PyList_GetItem(l, 302) // finding: borrowedref
	}
	if n == 303 {
		item = C.PyTuple_GetItem(t, 303)
	}
	if n == 304 {
		item = C.PyList_GetItem(l, 304) // finding: borrowedref
	}
	if n == 305 {
		item = C.PyTuple_GetItem(t, 305)
	}
	if n == 306 {
		item = C.PyList_GetItem(l, 306) // finding: borrowedref
	}
	if n == 307 {
		item = C.PyTuple_GetItem(t, 307)
	}
	if n == 308 {
		item = C.PyList_GetItem(l, 308) // finding: borrowedref
	}
	if n == 309 {
		item = C.PyTuple_GetItem(t, 309)
	}
	if n == 310 {
		item = C.PyList_GetItem(l, 310) // finding: borrowedref
	}
	if n == 311 {
		item = C.PyTuple_GetItem(t, 311)
	}
	if n == 312 {
		item = C.PyList_GetItem(l, 312) // finding: borrowedref
	}
	if n == 313 {
		item = C.PyTuple_GetItem(t, 313)
	}
	if n == 314 {
		item = C.PyList_GetItem(l, 314) // finding: borrowedref
	}
	if n == 315 {
		item = C.PyTuple_GetItem(t, 315)
	}
	if n == 316 {
		item = C.PyList_GetItem(l, 316) // finding: borrowedref
	}
	if n == 317 {
		item = C.PyTuple_GetItem(t, 317)
	}
	if n == 318 {
		item = C.PyList_GetItem(l, 318) // finding: borrowedref
	}
	if n == 319 {
		item = C.PyTuple_GetItem(t, 319)
	}
	if n == 320 {
		item = C.PyList_GetItem(l, 320) // finding: borrowedref
	}
	if n == 321 {
		item = C.PyTuple_GetItem(t, 321)
	}
	if n == 322 {
		item = C.PyList_GetItem(l, 322) // finding: borrowedref
	}
	if n == 323 {
		item = C.PyTuple_GetItem(t, 323)
	}
	if n == 324 {
		item = C.PyList_GetItem(l, 324) // finding: borrowedref
	}
	if n == 325 {
		item = C.PyTuple_GetItem(t, 325)
	}
	if n == 326 {
		item = C.PyList_GetItem(l, 326) // finding: borrowedref
	}
	if n == 327 {
		item = C.PyTuple_GetItem(t, 327)
	}
	if n == 328 {
		item = C.PyList_GetItem(l, 328) // finding: borrowedref
	}
	if n == 329 {
		item = C.PyTuple_GetItem(t, 329)
	}
	if n == 330 {
		item = C.PyList_GetItem(l, 330) // finding: borrowedref
	}
	if n == 331 {
		item = C.PyTuple_GetItem(t, 331)
	}
	if n == 332 {
		item = C.PyList_GetItem(l, 332) // finding: borrowedref
	}
	if n == 333 {
		item = C.PyTuple_GetItem(t, 333)
	}
	if n == 334 {
		item = C.PyList_GetItem(l, 334) // finding: borrowedref
	}
	if n == 335 {
		item = C.PyTuple_GetItem(t, 335)
	}
	if n == 336 {
		item = C.PyList_GetItem(l, 336) // finding: borrowedref
	}
	if n == 337 {
		item = C.PyTuple_GetItem(t, 337)
	}
	if n == 338 {
		item = C.PyList_GetItem(l, 338) // finding: borrowedref
	}
	if n == 339 {
		item = C.PyTuple_GetItem(t, 339)
	}
	if n == 340 {
		item = C.PyList_GetItem(l, 340) // finding: borrowedref
	}
	if n == 341 {
		item = C.PyTuple_GetItem(t, 341)
	}
	if n == 342 {
		item = C.PyList_GetItem(l, 342) // finding: borrowedref
	}
	if n == 343 {
		item = C.PyTuple_GetItem(t, 343)
	}
	if n == 344 {
		item = C.PyList_GetItem(l, 344) // finding: borrowedref
	}
	if n == 345 {
		item = C.PyTuple_GetItem(t, 345)
	}
	if n == 346 {
		item = C.PyList_GetItem(l, 346) // finding: borrowedref
	}
	if n == 347 {
		item = C.PyTuple_GetItem(t, 347)
	}
	if n == 348 {
		item = C.PyList_GetItem(l, 348) // finding: borrowedref
	}
	if n == 349 {
		item = C.PyTuple_GetItem(t, 349)
	}
	if n == 350 {
		item = C.PyList_GetItem(l, 350) // finding: borrowedref
	}
	if n == 351 {
		item = C.PyTuple_GetItem(t, 351)
	}
	if n == 352 {
		item = C.PyList_GetItem(l, 352) // finding: borrowedref
	}
	if n == 353 {
		item = C.PyTuple_GetItem(t, 353)
	}
	if n == 354 {
		item = C.PyList_GetItem(l, 354) // finding: borrowedref
	}
	if n == 355 {
		item = C.PyTuple_GetItem(t, 355)
	}
	if n == 356 {
		item = C.PyList_GetItem(l, 356) // finding: borrowedref
	}
	if n == 357 {
		item = C.PyTuple_GetItem(t, 357)
	}
	if n == 358 {
		item = C.PyList_GetItem(l, 358) // finding: borrowedref
	}
	if n == 359 {
		item = C.PyTuple_GetItem(t, 359)
	}
	if n == 360 {
		item = C.PyList_GetItem(l, 360) // finding: borrowedref
	}
	if n == 361 {
		item = C.PyTuple_GetItem(t, 361)
	}
	if n == 362 {
		item = C.PyList_GetItem(l, 362) // finding: borrowedref
	}
	if n == 363 {
		item = C.PyTuple_GetItem(t, 363)
	}
	if n == 364 {
		item = C.PyList_GetItem(l, 364) // finding: borrowedref
	}
	if n == 365 {
		item = C.PyTuple_GetItem(t, 365)
	}
	if n == 366 {
		item = C.PyList_GetItem(l, 366) // finding: borrowedref
	}
	if n == 367 {
		item = C.PyTuple_GetItem(t, 367)
	}
	if n == 368 {
		item = C.PyList_GetItem(l, 368) // finding: borrowedref
	}
	if n == 369 {
		item = C.PyTuple_GetItem(t, 369)
	}
	if n == 370 {
		item = C.PyList_GetItem(l, 370) // finding: borrowedref
	}
	if n == 371 {
		item = C.PyTuple_GetItem(t, 371)
	}
	if n == 372 {
		item = C.PyList_GetItem(l, 372) // finding: borrowedref
	}
	if n == 373 {
		item = C.PyTuple_GetItem(t, 373)
	}
	if n == 374 {
		item = C.PyList_GetItem(l, 374) // finding: borrowedref
	}
	if n == 375 {
		item = C.PyTuple_GetItem(t, 375)
	}
	if n == 376 {
		item = C.PyList_GetItem(l, 376) // finding: borrowedref
	}
	if n == 377 {
		item = C.PyTuple_GetItem(t, 377)
	}
	if n == 378 {
		item = C.PyList_GetItem(l, 378) // finding: borrowedref
	}
	if n == 379 {
		item = C.PyTuple_GetItem(t, 379)
	}
	if n == 380 {
		item = C.PyList_GetItem(l, 380) // finding: borrowedref
	}
	if n == 381 {
		item = C.PyTuple_GetItem(t, 381)
	}
	if n == 382 {
		item = C.PyList_GetItem(l, 382) // finding: borrowedref
	}
	if n == 383 {
		item = C.PyTuple_GetItem(t, 383)
	}
	if n == 384 {
		item = C.PyList_GetItem(l, 384) // finding: borrowedref
	}
	if n == 385 {
		item = C.PyTuple_GetItem(t, 385)
	}
	if n == 386 {
		item = C.PyList_GetItem(l, 386) // finding: borrowedref
	}
	if n == 387 {
		item = C.PyTuple_GetItem(t, 387)
	}
	if n == 388 {
		item = C.PyList_GetItem(l, 388) // finding: borrowedref
	}
	if n == 389 {
		item = C.PyTuple_GetItem(t, 389)
	}
	if n == 390 {
		item = C.PyList_GetItem(l, 390) // finding: borrowedref
	}
	if n == 391 {
		item = C.PyTuple_GetItem(t, 391)
	}
	if n == 392 {
		item = C.PyList_GetItem(l, 392) // finding: borrowedref
	}
	if n == 393 {
		item = C.PyTuple_GetItem(t, 393)
	}
	if n == 394 {
		item = C.PyList_GetItem(l, 394) // finding: borrowedref
	}
	if n == 395 {
		item = C.PyTuple_GetItem(t, 395)
	}
	if n == 396 {
		item = C.PyList_GetItem(l, 396) // finding: borrowedref
	}
	if n == 397 {
		item = C.PyTuple_GetItem(t, 397)
	}
	if n == 398 {
		item = C.PyList_GetItem(l, 398) // finding: borrowedref
	}
	if n == 399 {
		item = C.PyTuple_GetItem(t, 399)
	}
	if n == 400 {
		item = C.PyList_GetItem(l, 400) // finding: borrowedref
	}
	if n == 401 {
		item = C.PyTuple_GetItem(t, 401)
	}
	if n == 402 {
		item = C.PyList_GetItem(l, 402) // finding: borrowedref
	}
	if n == 403 {
		item = C.PyTuple_GetItem(t, 403)
	}
	if n == 404 {
		item = C.PyList_GetItem(l, 404) // finding: borrowedref
	}
	if n == 405 {
		item = C.PyTuple_GetItem(t, 405)
	}
	if n == 406 {
		item = C.PyList_GetItem(l, 406) // finding: borrowedref
	}
	if n == 407 {
		item = C.PyTuple_GetItem(t, 407)
	}
	if n == 408 {
		item = C.PyList_GetItem(l, 408) // finding: borrowedref
	}
	if n == 409 {
		item = C.PyTuple_GetItem(t, 409)
	}
	if n == 410 {
		item = C.PyList_GetItem(l, 410) // finding: borrowedref
	}
	if n == 411 {
		item = C.PyTuple_GetItem(t, 411)
	}
	if n == 412 {
		item = C.PyList_GetItem(l, 412) // finding: borrowedref
	}
	if n == 413 {
		item = C.PyTuple_GetItem(t, 413)
	}
	if n == 414 {
		item = C.PyList_GetItem(l, 414) // finding: borrowedref
	}
	if n == 415 {
		item = C.PyTuple_GetItem(t, 415)
	}
	if n == 416 {
		item = C.PyList_GetItem(l, 416) // finding: borrowedref
	}
	if n == 417 {
		item = C.PyTuple_GetItem(t, 417)
	}
	if n == 418 {
		item = C.PyList_GetItem(l, 418) // finding: borrowedref
	}
	if n == 419 {
		item = C.PyTuple_GetItem(t, 419)
	}
	if n == 420 {
		item = C.PyList_GetItem(l, 420) // finding: borrowedref
	}
	if n == 421 {
		item = C.PyTuple_GetItem(t, 421)
	}
	if n == 422 {
		item = C.PyList_GetItem(l, 422) // finding: borrowedref
	}
	if n == 423 {
		item = C.PyTuple_GetItem(t, 423)
	}
	if n == 424 {
		item = C.PyList_GetItem(l, 424) // finding: borrowedref
	}
	if n == 425 {
		item = C.PyTuple_GetItem(t, 425)
	}
	if n == 426 {
		item = C.PyList_GetItem(l, 426) // finding: borrowedref
	}
	if n == 427 {
		item = C.PyTuple_GetItem(t, 427)
	}
	if n == 428 {
		item = C.PyList_GetItem(l, 428) // finding: borrowedref
	}
	if n == 429 {
		item = C.PyTuple_GetItem(t, 429)
	}
	if n == 430 {
		item = C.PyList_GetItem(l, 430) // finding: borrowedref
	}
	if n == 431 {
		item = C.PyTuple_GetItem(t, 431)
	}
	if n == 432 {
		item = C.PyList_GetItem(l, 432) // finding: borrowedref
	}
	if n == 433 {
		item = C.PyTuple_GetItem(t, 433)
	}
	if n == 434 {
		item = C.PyList_GetItem(l, 434) // finding: borrowedref
	}
	if n == 435 {
		item = C.PyTuple_GetItem(t, 435)
	}
	if n == 436 {
		item = C.PyList_GetItem(l, 436) // finding: borrowedref
	}
	if n == 437 {
		item = C.PyTuple_GetItem(t, 437)
	}
	if n == 438 {
		item = C.PyList_GetItem(l, 438) // finding: borrowedref
	}
	if n == 439 {
		item = C.PyTuple_GetItem(t, 439)
	}
	if n == 440 {
		item = C.PyList_GetItem(l, 440) // finding: borrowedref
	}
	if n == 441 {
		item = C.PyTuple_GetItem(t, 441)
	}
	if n == 442 {
		item = C.PyList_GetItem(l, 442) // finding: borrowedref
	}
	if n == 443 {
		item = C.PyTuple_GetItem(t, 443)
	}
	if n == 444 {
		item = C.PyList_GetItem(l, 444) // finding: borrowedref
	}
	if n == 445 {
		item = C.PyTuple_GetItem(t, 445)
	}
	if n == 446 {
		item = C.PyList_GetItem(l, 446) // finding: borrowedref
	}
	if n == 447 {
		item = C.PyTuple_GetItem(t, 447)
	}
	if n == 448 {
		item = C.PyList_GetItem(l, 448) // finding: borrowedref
	}
	if n == 449 {
		item = C.PyTuple_GetItem(t, 449)
	}
	if n == 450 {
		item = C.PyList_GetItem(l, 450) // finding: borrowedref
	}
	if n == 451 {
		item = C.PyTuple_GetItem(t, 451)
	}
	if n == 452 {
		item = C.PyList_GetItem(l, 452) // finding: borrowedref
	}
	if n == 453 {
		item = C.PyTuple_GetItem(t, 453)
	}
	if n == 454 {
		item = C.PyList_GetItem(l, 454) // finding: borrowedref
	}
	if n == 455 {
		item = C.PyTuple_GetItem(t, 455)
	}
	if n == 456 {
		item = C.PyList_GetItem(l, 456) // finding: borrowedref
	}
	if n == 457 {
		item = C.PyTuple_GetItem(t, 457)
	}
	if n == 458 {
		item = C.PyList_GetItem(l, 458) // finding: borrowedref
	}
	if n == 459 {
		item = C.PyTuple_GetItem(t, 459)
	}
	if n == 460 {
		item = C.PyList_GetItem(l, 460) // finding: borrowedref
	}
	if n == 461 {
		item = C.PyTuple_GetItem(t, 461)
	}
	if n == 462 {
		item = C.PyList_GetItem(l, 462) // finding: borrowedref
	}
	if n == 463 {
		item = C.PyTuple_GetItem(t, 463)
	}
	if n == 464 {
		item = C.PyList_GetItem(l, 464) // finding: borrowedref
	}
	if n == 465 {
		item = C.PyTuple_GetItem(t, 465)
	}
	if n == 466 {
		item = C.PyList_GetItem(l, 466) // finding: borrowedref
	}
	if n == 467 {
		item = C.PyTuple_GetItem(t, 467)
	}
	if n == 468 {
		item = C.PyList_GetItem(l, 468) // finding: borrowedref
	}
	if n == 469 {
		item = C.PyTuple_GetItem(t, 469)
	}
	if n == 470 {
		item = C.PyList_GetItem(l, 470) // finding: borrowedref
	}
	if n == 471 {
		item = C.PyTuple_GetItem(t, 471)
	}
	if n == 472 {
		item = C.PyList_GetItem(l, 472) // finding: borrowedref
	}
	if n == 473 {
		item = C.PyTuple_GetItem(t, 473)
	}
	if n == 474 {
		item = C.PyList_GetItem(l, 474) // finding: borrowedref
	}
	if n == 475 {
		item = C.PyTuple_GetItem(t, 475)
	}
	if n == 476 {
		item = C.PyList_GetItem(l, 476) // finding: borrowedref
	}
	if n == 477 {
		item = C.PyTuple_GetItem(t, 477)
	}
	if n == 478 {
		item = C.PyList_GetItem(l, 478) // finding: borrowedref
	}
	if n == 479 {
		item = C.PyTuple_GetItem(t, 479)
	}
	if n == 480 {
		item = C.PyList_GetItem(l, 480) // finding: borrowedref
	}
	if n == 481 {
		item = C.PyTuple_GetItem(t, 481)
	}
	if n == 482 {
		item = C.PyList_GetItem(l, 482) // finding: borrowedref
	}
	if n == 483 {
		item = C.PyTuple_GetItem(t, 483)
	}
	if n == 484 {
		item = C.PyList_GetItem(l, 484) // finding: borrowedref
	}
	if n == 485 {
		item = C.PyTuple_GetItem(t, 485)
	}
	if n == 486 {
		item = C.PyList_GetItem(l, 486) // finding: borrowedref
	}
	if n == 487 {
		item = C.PyTuple_GetItem(t, 487)
	}
	if n == 488 {
		item = C.PyList_GetItem(l, 488) // finding: borrowedref
	}
	if n == 489 {
		item = C.PyTuple_GetItem(t, 489)
	}
	if n == 490 {
		item = C.PyList_GetItem(l, 490) // finding: borrowedref
	}
	if n == 491 {
		item = C.PyTuple_GetItem(t, 491)
	}
	if n == 492 {
		item = C.PyList_GetItem(l, 492) // finding: borrowedref
	}
	if n == 493 {
		item = C.PyTuple_GetItem(t, 493)
	}
	if n == 494 {
		item = C.PyList_GetItem(l, 494) // finding: borrowedref
	}
	if n == 495 {
		item = C.PyTuple_GetItem(t, 495)
	}
	if n == 496 {
		item = C.PyList_GetItem(l, 496) // finding: borrowedref
	}
	if n == 497 {
		item = C.PyTuple_GetItem(t, 497)
	}
	if n == 498 {
		item = C.PyList_GetItem(l, 498) // finding: borrowedref
	}
	if n == 499 {
		item = C.PyTuple_GetItem(t, 499)
	}
	if n == 500 {
		item = C.PyList_GetItem(l, 500) // finding: borrowedref
	}
	if n == 501 {
		item = C.PyTuple_GetItem(t, 501)
	}
	if n == 502 {
		item = C.PyList_GetItem(l, 502) // finding: borrowedref
	}
	if n == 503 {
		item = C.PyTuple_GetItem(t, 503)
	}
	if n == 504 {
		item = C.PyList_GetItem(l, 504) // finding: borrowedref
	}
	if n == 505 {
		item = C.PyTuple_GetItem(t, 505)
	}
	if n == 506 {
		item = C.PyList_GetItem(l, 506) // finding: borrowedref
	}
	if n == 507 {
		item = C.PyTuple_GetItem(t, 507)
	}
	if n == 508 {
		item = C.PyList_GetItem(l, 508) // finding: borrowedref
	}
	if n == 509 {
		item = C.PyTuple_GetItem(t, 509)
	}
	if n == 510 {
		item = C.PyList_GetItem(l, 510) // finding: borrowedref
	}
	if n == 511 {
		item = C.PyTuple_GetItem(t, 511)
	}
	if n == 512 {
		item = C.PyList_GetItem(l, 512) // finding: borrowedref
	}
	if n == 513 {
		item = C.PyTuple_GetItem(t, 513)
	}
	if n == 514 {
		item = C.PyList_GetItem(l, 514) // finding: borrowedref
	}
	if n == 515 {
		item = C.PyTuple_GetItem(t, 515)
	}
	if n == 516 {
		item = C.PyList_GetItem(l, 516) // finding: borrowedref
	}
	if n == 517 {
		item = C.PyTuple_GetItem(t, 517)
	}
	if n == 518 {
		item = C.PyList_GetItem(l, 518) // finding: borrowedref
	}
	if n == 519 {
		item = C.PyTuple_GetItem(t, 519)
	}
	if n == 520 {
		item = C.PyList_GetItem(l, 520) // finding: borrowedref
	}
	if n == 521 {
		item = C.PyTuple_GetItem(t, 521)
	}
	if n == 522 {
		item = C.PyList_GetItem(l, 522) // finding: borrowedref
	}
	if n == 523 {
		item = C.PyTuple_GetItem(t, 523)
	}
	if n == 524 {
		item = C.PyList_GetItem(l, 524) // finding: borrowedref
	}
	if n == 525 {
		item = C.PyTuple_GetItem(t, 525)
	}
	if n == 526 {
		item = C.PyList_GetItem(l, 526) // finding: borrowedref
	}
	if n == 527 {
		item = C.PyTuple_GetItem(t, 527)
	}
	if n == 528 {
		item = C.PyList_GetItem(l, 528) // finding: borrowedref
	}
	if n == 529 {
		item = C.PyTuple_GetItem(t, 529)
	}
	if n == 530 {
		item = C.PyList_GetItem(l, 530) // finding: borrowedref
	}
	if n == 531 {
		item = C.PyTuple_GetItem(t, 531)
	}
	if n == 532 {
		item = C.PyList_GetItem(l, 532) // finding: borrowedref
	}
	if n == 533 {
		item = C.PyTuple_GetItem(t, 533)
	}
	if n == 534 {
		item = C.PyList_GetItem(l, 534) // finding: borrowedref
	}
	if n == 535 {
		item = C.PyTuple_GetItem(t, 535)
	}
	if n == 536 {
		item = C.PyList_GetItem(l, 536) // finding: borrowedref
	}
	if n == 537 {
		item = C.PyTuple_GetItem(t, 537)
	}
	if n == 538 {
		item = C.PyList_GetItem(l, 538) // finding: borrowedref
	}
	if n == 539 {
		item = C.PyTuple_GetItem(t, 539)
	}
	if n == 540 {
		item = C.PyList_GetItem(l, 540) // finding: borrowedref
	}
	if n == 541 {
		item = C.PyTuple_GetItem(t, 541)
	}
	if n == 542 {
		item = C.PyList_GetItem(l, 542) // finding: borrowedref
	}
	if n == 543 {
		item = C.PyTuple_GetItem(t, 543)
	}
	if n == 544 {
		item = C.PyList_GetItem(l, 544) // finding: borrowedref
	}
	if n == 545 {
		item = C.PyTuple_GetItem(t, 545)
	}
	if n == 546 {
		item = C.PyList_GetItem(l, 546) // finding: borrowedref
	}
	if n == 547 {
		item = C.PyTuple_GetItem(t, 547)
	}
	if n == 548 {
		item = C.PyList_GetItem(l, 548) // finding: borrowedref
	}
	if n == 549 {
		item = C.PyTuple_GetItem(t, 549)
	}
	if n == 550 {
		item = C.PyList_GetItem(l, 550) // finding: borrowedref
	}
	if n == 551 {
		item = C.PyTuple_GetItem(t, 551)
	}
	if n == 552 {
		item = C.PyList_GetItem(l, 552) // finding: borrowedref
	}
	if n == 553 {
		item = C.PyTuple_GetItem(t, 553)
	}
	if n == 554 {
		item = C.PyList_GetItem(l, 554) // finding: borrowedref
	}
	if n == 555 {
		item = C.PyTuple_GetItem(t, 555)
	}
	if n == 556 {
		item = C.PyList_GetItem(l, 556) // finding: borrowedref
	}
	if n == 557 {
		item = C.PyTuple_GetItem(t, 557)
	}
	if n == 558 {
		item = C.PyList_GetItem(l, 558) // finding: borrowedref
	}
	if n == 559 {
		item = C.PyTuple_GetItem(t, 559)
	}
	if n == 560 {
		item = C.PyList_GetItem(l, 560) // finding: borrowedref
	}
	if n == 561 {
		item = C.PyTuple_GetItem(t, 561)
	}
	if n == 562 {
		item = C.PyList_GetItem(l, 562) // finding: borrowedref
	}
	if n == 563 {
		item = C.PyTuple_GetItem(t, 563)
	}
	if n == 564 {
		item = C.PyList_GetItem(l, 564) // finding: borrowedref
	}
	if n == 565 {
		item = C.PyTuple_GetItem(t, 565)
	}
	if n == 566 {
		item = C.PyList_GetItem(l, 566) // finding: borrowedref
	}
	if n == 567 {
		item = C.PyTuple_GetItem(t, 567)
	}
	if n == 568 {
		item = C.PyList_GetItem(l, 568) // finding: borrowedref
	}
	if n == 569 {
		item = C.PyTuple_GetItem(t, 569)
	}
	if n == 570 {
		item = C.PyList_GetItem(l, 570) // finding: borrowedref
	}
	if n == 571 {
		item = C.PyTuple_GetItem(t, 571)
	}
	if n == 572 {
		item = C.PyList_GetItem(l, 572) // finding: borrowedref
	}
	if n == 573 {
		item = C.PyTuple_GetItem(t, 573)
	}
	if n == 574 {
		item = C.PyList_GetItem(l, 574) // finding: borrowedref
	}
	if n == 575 {
		item = C.PyTuple_GetItem(t, 575)
	}
	if n == 576 {
		item = C.PyList_GetItem(l, 576) // finding: borrowedref
	}
	if n == 577 {
		item = C.PyTuple_GetItem(t, 577)
	}
	if n == 578 {
		item = C.PyList_GetItem(l, 578) // finding: borrowedref
	}
	if n == 579 {
		item = C.PyTuple_GetItem(t, 579)
	}
	if n == 580 {
		item = C.PyList_GetItem(l, 580) // finding: borrowedref
	}
	if n == 581 {
		item = C.PyTuple_GetItem(t, 581)
	}
	if n == 582 {
		item = C.PyList_GetItem(l, 582) // finding: borrowedref
	}
	if n == 583 {
		item = C.PyTuple_GetItem(t, 583)
	}
	if n == 584 {
		item = C.PyList_GetItem(l, 584) // finding: borrowedref
	}
	if n == 585 {
		item = C.PyTuple_GetItem(t, 585)
	}
	if n == 586 {
		item = C.PyList_GetItem(l, 586) // finding: borrowedref
	}
	if n == 587 {
		item = C.PyTuple_GetItem(t, 587)
	}
	if n == 588 {
		item = C.PyList_GetItem(l, 588) // finding: borrowedref
	}
	if n == 589 {
		item = C.PyTuple_GetItem(t, 589)
	}
	if n == 590 {
		item = C.PyList_GetItem(l, 590) // finding: borrowedref
	}
	if n == 591 {
		item = C.PyTuple_GetItem(t, 591)
	}
	if n == 592 {
		item = C.PyList_GetItem(l, 592) // finding: borrowedref
	}
	if n == 593 {
		item = C.PyTuple_GetItem(t, 593)
	}
	if n == 594 {
		item = C.PyList_GetItem(l, 594) // finding: borrowedref
	}
	if n == 595 {
		item = C.PyTuple_GetItem(t, 595)
	}
	if n == 596 {
		item = C.PyList_GetItem(l, 596) // finding: borrowedref
	}
	if n == 597 {
		item = C.PyTuple_GetItem(t, 597)
	}
	if n == 598 {
		item = C.PyList_GetItem(l, 598) // finding: borrowedref
	}
	if n == 599 {
		item = C.PyTuple_GetItem(t, 599)
	}
	if n == 600 {
		item = C.PyList_GetItem(l, 600) // finding: borrowedref
	}
	if n == 601 {
		item = C.PyTuple_GetItem(t, 601)
	}
	if n == 602 {
		item = C.PyList_GetItem(l, 602) // finding: borrowedref
	}
	if n == 603 {
		item = C.PyTuple_GetItem(t, 603)
	}
	if n == 604 {
		item = C.PyList_GetItem(l, 604) // finding: borrowedref
	}
	if n == 605 {
		item = C.PyTuple_GetItem(t, 605)
	}
	if n == 606 {
		item = C.PyList_GetItem(l, 606) // finding: borrowedref
	}
	if n == 607 {
		item = C.PyTuple_GetItem(t, 607)
	}
	if n == 608 {
		item = C.PyList_GetItem(l, 608) // finding: borrowedref
	}
	if n == 609 {
		item = C.PyTuple_GetItem(t, 609)
	}
	if n == 610 {
		item = C.PyList_GetItem(l, 610) // finding: borrowedref
	}
	if n == 611 {
		item = C.PyTuple_GetItem(t, 611)
	}
	if n == 612 {
		item = C.PyList_GetItem(l, 612) // finding: borrowedref
	}
	if n == 613 {
		item = C.PyTuple_GetItem(t, 613)
	}
	if n == 614 {
		item = C.PyList_GetItem(l, 614) // finding: borrowedref
	}
	if n == 615 {
		item = C.PyTuple_GetItem(t, 615)
	}
	if n == 616 {
		item = C.PyList_GetItem(l, 616) // finding: borrowedref
	}
	if n == 617 {
		item = C.PyTuple_GetItem(t, 617)
	}
	if n == 618 {
		item = C.PyList_GetItem(l, 618) // finding: borrowedref
	}
	if n == 619 {
		item = C.PyTuple_GetItem(t, 619)
	}
	if n == 620 {
		item = C.PyList_GetItem(l, 620) // finding: borrowedref
	}
	if n == 621 {
		item = C.PyTuple_GetItem(t, 621)
	}
	if n == 622 {
		item = C.PyList_GetItem(l, 622) // finding: borrowedref
	}
	if n == 623 {
		item = C.PyTuple_GetItem(t, 623)
	}
	if n == 624 {
		item = C.PyList_GetItem(l, 624) // finding: borrowedref
	}
	if n == 625 {
		item = C.PyTuple_GetItem(t, 625)
	}
	if n == 626 {
		item = C.PyList_GetItem(l, 626) // finding: borrowedref
	}
	if n == 627 {
		item = C.PyTuple_GetItem(t, 627)
	}
	if n == 628 {
		item = C.PyList_GetItem(l, 628) // finding: borrowedref
	}
	if n == 629 {
		item = C.PyTuple_GetItem(t, 629)
	}
	if n == 630 {
		item = C.PyList_GetItem(l, 630) // finding: borrowedref
	}
	if n == 631 {
		item = C.PyTuple_GetItem(t, 631)
	}
	if n == 632 {
		item = C.PyList_GetItem(l, 632) // finding: borrowedref
	}
	if n == 633 {
		item = C.PyTuple_GetItem(t, 633)
	}
	if n == 634 {
		item = C.PyList_GetItem(l, 634) // finding: borrowedref
	}
	if n == 635 {
		item = C.PyTuple_GetItem(t, 635)
	}
	if n == 636 {
		item = C.PyList_GetItem(l, 636) // finding: borrowedref
	}
	if n == 637 {
		item = C.PyTuple_GetItem(t, 637)
	}
	if n == 638 {
		item = C.PyList_GetItem(l, 638) // finding: borrowedref
	}
	if n == 639 {
		item = C.PyTuple_GetItem(t, 639)
	}
	if n == 640 {
		item = C.PyList_GetItem(l, 640) // finding: borrowedref
	}
	if n == 641 {
		item = C.PyTuple_GetItem(t, 641)
	}
	if n == 642 {
		item = C.PyList_GetItem(l, 642) // finding: borrowedref
	}
	if n == 643 {
		item = C.PyTuple_GetItem(t, 643)
	}
	if n == 644 {
		item = C.PyList_GetItem(l, 644) // finding: borrowedref
	}
	if n == 645 {
		item = C.PyTuple_GetItem(t, 645)
	}
	if n == 646 {
		item = C.PyList_GetItem(l, 646) // finding: borrowedref
	}
	if n == 647 {
		item = C.PyTuple_GetItem(t, 647)
	}
	if n == 648 {
		item = C.PyList_GetItem(l, 648) // finding: borrowedref
	}
	if n == 649 {
		item = C.PyTuple_GetItem(t, 649)
	}
	if n == 650 {
		item = C.PyList_GetItem(l, 650) // finding: borrowedref
	}
	if n == 651 {
		item = C.PyTuple_GetItem(t, 651)
	}
	if n == 652 {
		item = C.PyList_GetItem(l, 652) // finding: borrowedref
	}
	if n == 653 {
		item = C.PyTuple_GetItem(t, 653)
	}
	if n == 654 {
		item = C.PyList_GetItem(l, 654) // finding: borrowedref
	}
	if n == 655 {
		item = C.PyTuple_GetItem(t, 655)
	}
	if n == 656 {
		item = C.PyList_GetItem(l, 656) // finding: borrowedref
	}
	if n == 657 {
		item = C.PyTuple_GetItem(t, 657)
	}
	if n == 658 {
		item = C.PyList_GetItem(l, 658) // finding: borrowedref
	}
	if n == 659 {
		item = C.PyTuple_GetItem(t, 659)
	}
	if n == 660 {
		item = C.PyList_GetItem(l, 660) // finding: borrowedref
	}
	if n == 661 {
		item = C.PyTuple_GetItem(t, 661)
	}
	if n == 662 {
		item = C.PyList_GetItem(l, 662) // finding: borrowedref
	}
	if n == 663 {
		item = C.PyTuple_GetItem(t, 663)
	}
	if n == 664 {
		item = C.PyList_GetItem(l, 664) // finding: borrowedref
	}
	if n == 665 {
		item = C.PyTuple_GetItem(t, 665)
	}
	if n == 666 {
		item = C.PyList_GetItem(l, 666) // finding: borrowedref
	}
	if n == 667 {
		item = C.PyTuple_GetItem(t, 667)
	}
	if n == 668 {
		item = C.PyList_GetItem(l, 668) // finding: borrowedref
	}
	if n == 669 {
		item = C.PyTuple_GetItem(t, 669)
	}
	if n == 670 {
		item = C.PyList_GetItem(l, 670) // finding: borrowedref
	}
	if n == 671 {
		item = C.PyTuple_GetItem(t, 671)
	}
	if n == 672 {
		item = C.PyList_GetItem(l, 672) // finding: borrowedref
	}
	if n == 673 {
		item = C.PyTuple_GetItem(t, 673)
	}
	if n == 674 {
		item = C.PyList_GetItem(l, 674) // finding: borrowedref
	}
	if n == 675 {
		item = C.PyTuple_GetItem(t, 675)
	}
	if n == 676 {
		item = C.PyList_GetItem(l, 676) // finding: borrowedref
	}
	if n == 677 {
		item = C.PyTuple_GetItem(t, 677)
	}
	if n == 678 {
		item = C.PyList_GetItem(l, 678) // finding: borrowedref
	}
	if n == 679 {
		item = C.PyTuple_GetItem(t, 679)
	}
	if n == 680 {
		item = C.PyList_GetItem(l, 680) // finding: borrowedref
	}
	if n == 681 {
		item = C.PyTuple_GetItem(t, 681)
	}
	if n == 682 {
		item = C.PyList_GetItem(l, 682) // finding: borrowedref
	}
	if n == 683 {
		item = C.PyTuple_GetItem(t, 683)
	}
	if n == 684 {
		item = C.PyList_GetItem(l, 684) // finding: borrowedref
	}
	if n == 685 {
		item = C.PyTuple_GetItem(t, 685)
	}
	if n == 686 {
		item = C.PyList_GetItem(l, 686) // finding: borrowedref
	}
	if n == 687 {
		item = C.PyTuple_GetItem(t, 687)
	}
	if n == 688 {
		item = C.PyList_GetItem(l, 688) // finding: borrowedref
	}
	if n == 689 {
		item = C.PyTuple_GetItem(t, 689)
	}
	if n == 690 {
		item = C.PyList_GetItem(l, 690) // finding: borrowedref
	}
	if n == 691 {
		item = C.PyTuple_GetItem(t, 691)
	}
	if n == 692 {
		item = C.PyList_GetItem(l, 692) // finding: borrowedref
	}
	if n == 693 {
		item = C.PyTuple_GetItem(t, 693)
	}
	if n == 694 {
		item = C.PyList_GetItem(l, 694) // finding: borrowedref
	}
	if n == 695 {
		item = C.PyTuple_GetItem(t, 695)
	}
	if n == 696 {
		item = C.PyList_GetItem(l, 696) // finding: borrowedref
	}
	if n == 697 {
		item = C.PyTuple_GetItem(t, 697)
	}
	if n == 698 {
		item = C.PyList_GetItem(l, 698) // finding: borrowedref
	}
	if n == 699 {
		item = C.PyTuple_GetItem(t, 699)
	}
	if n == 700 {
		item = C.PyList_GetItem(l, 700) // finding: borrowedref
	}
	if n == 701 {
		item = C.PyTuple_GetItem(t, 701)
	}
	if n == 702 {
		item = C.PyList_GetItem(l, 702) // finding: borrowedref
	}
	if n == 703 {
		item = C.PyTuple_GetItem(t, 703)
	}
	if n == 704 {
		item = C.PyList_GetItem(l, 704) // finding: borrowedref
	}
	if n == 705 {
		item = C.PyTuple_GetItem(t, 705)
	}
	if n == 706 {
		item = C.PyList_GetItem(l, 706) // finding: borrowedref
	}
	if n == 707 {
		item = C.PyTuple_GetItem(t, 707)
	}
	if n == 708 {
		item = C.PyList_GetItem(l, 708) // finding: borrowedref
	}
	if n == 709 {
		item = C.PyTuple_GetItem(t, 709)
	}
	if n == 710 {
		item = C.PyList_GetItem(l, 710) // finding: borrowedref
	}
	if n == 711 {
		item = C.PyTuple_GetItem(t, 711)
	}
	if n == 712 {
		item = C.PyList_GetItem(l, 712) // finding: borrowedref
	}
	if n == 713 {
		item = C.PyTuple_GetItem(t, 713)
	}
	if n == 714 {
		item = C.PyList_GetItem(l, 714) // finding: borrowedref
	}
	if n == 715 {
		item = C.PyTuple_GetItem(t, 715)
	}
	if n == 716 {
		item = C.PyList_GetItem(l, 716) // finding: borrowedref
	}
	if n == 717 {
		item = C.PyTuple_GetItem(t, 717)
	}
	if n == 718 {
		item = C.PyList_GetItem(l, 718) // finding: borrowedref
	}
	if n == 719 {
		item = C.PyTuple_GetItem(t, 719)
	}
	if n == 720 {
		item = C.PyList_GetItem(l, 720) // finding: borrowedref
	}
	if n == 721 {
		item = C.PyTuple_GetItem(t, 721)
	}
	if n == 722 {
		item = C.PyList_GetItem(l, 722) // finding: borrowedref
	}
	if n == 723 {
		item = C.PyTuple_GetItem(t, 723)
	}
	if n == 724 {
		item = C.PyList_GetItem(l, 724) // finding: borrowedref
	}
	if n == 725 {
		item = C.PyTuple_GetItem(t, 725)
	}
	if n == 726 {
		item = C.PyList_GetItem(l, 726) // finding: borrowedref
	}
	if n == 727 {
		item = C.PyTuple_GetItem(t, 727)
	}
	if n == 728 {
		item = C.PyList_GetItem(l, 728) // finding: borrowedref
	}
	if n == 729 {
		item = C.PyTuple_GetItem(t, 729)
	}
	if n == 730 {
		item = C.PyList_GetItem(l, 730) // finding: borrowedref
	}
	if n == 731 {
		item = C.PyTuple_GetItem(t, 731)
	}
	if n == 732 {
		item = C.PyList_GetItem(l, 732) // finding: borrowedref
	}
	if n == 733 {
		item = C.PyTuple_GetItem(t, 733)
	}
	if n == 734 {
		item = C.PyList_GetItem(l, 734) // finding: borrowedref
	}
	if n == 735 {
		item = C.PyTuple_GetItem(t, 735)
	}
	if n == 736 {
		item = C.PyList_GetItem(l, 736) // finding: borrowedref
	}
	if n == 737 {
		item = C.PyTuple_GetItem(t, 737)
	}
	if n == 738 {
		item = C.PyList_GetItem(l, 738) // finding: borrowedref
	}
	if n == 739 {
		item = C.PyTuple_GetItem(t, 739)
	}
	if n == 740 {
		item = C.PyList_GetItem(l, 740) // finding: borrowedref
	}
	if n == 741 {
		item = C.PyTuple_GetItem(t, 741)
	}
	if n == 742 {
		item = C.PyList_GetItem(l, 742) // finding: borrowedref
	}
	if n == 743 {
		item = C.PyTuple_GetItem(t, 743)
	}
	if n == 744 {
		item = C.PyList_GetItem(l, 744) // finding: borrowedref
	}
	if n == 745 {
		item = C.PyTuple_GetItem(t, 745)
	}
	if n == 746 {
		item = C.PyList_GetItem(l, 746) // finding: borrowedref
	}
	if n == 747 {
		item = C.PyTuple_GetItem(t, 747)
	}
	if n == 748 {
		item = C.PyList_GetItem(l, 748) // finding: borrowedref
	}
	if n == 749 {
		item = C.PyTuple_GetItem(t, 749)
	}
	if n == 750 {
		item = C.PyList_GetItem(l, 750) // finding: borrowedref
	}
	if n == 751 {
		item = C.PyTuple_GetItem(t, 751)
	}
	if n == 752 {
		item = C.PyList_GetItem(l, 752) // finding: borrowedref
	}
	if n == 753 {
		item = C.PyTuple_GetItem(t, 753)
	}
	if n == 754 {
		item = C.PyList_GetItem(l, 754) // finding: borrowedref
	}
	if n == 755 {
		item = C.PyTuple_GetItem(t, 755)
	}
	if n == 756 {
		item = C.PyList_GetItem(l, 756) // finding: borrowedref
	}
	if n == 757 {
		item = C.PyTuple_GetItem(t, 757)
	}
	if n == 758 {
		item = C.PyList_GetItem(l, 758) // finding: borrowedref
	}
	if n == 759 {
		item = C.PyTuple_GetItem(t, 759)
	}
	if n == 760 {
		item = C.PyList_GetItem(l, 760) // finding: borrowedref
	}
	if n == 761 {
		item = C.PyTuple_GetItem(t, 761)
	}
	if n == 762 {
		item = C.PyList_GetItem(l, 762) // finding: borrowedref
	}
	if n == 763 {
		item = C.PyTuple_GetItem(t, 763)
	}
	if n == 764 {
		item = C.PyList_GetItem(l, 764) // finding: borrowedref
	}
	if n == 765 {
		item = C.PyTuple_GetItem(t, 765)
	}
	if n == 766 {
		item = C.PyList_GetItem(l, 766) // finding: borrowedref
	}
	if n == 767 {
		item = C.PyTuple_GetItem(t, 767)
	}
	if n == 768 {
		item = C.PyList_GetItem(l, 768) // finding: borrowedref
	}
	if n == 769 {
		item = C.PyTuple_GetItem(t, 769)
	}
	if n == 770 {
		item = C.PyList_GetItem(l, 770) // finding: borrowedref
	}
	if n == 771 {
		item = C.PyTuple_GetItem(t, 771)
	}
	if n == 772 {
		item = C.PyList_GetItem(l, 772) // finding: borrowedref
	}
	if n == 773 {
		item = C.PyTuple_GetItem(t, 773)
	}
	if n == 774 {
		item = C.PyList_GetItem(l, 774) // finding: borrowedref
	}
	if n == 775 {
		item = C.PyTuple_GetItem(t, 775)
	}
	if n == 776 {
		item = C.PyList_GetItem(l, 776) // finding: borrowedref
	}
	if n == 777 {
		item = C.PyTuple_GetItem(t, 777)
	}
	if n == 778 {
		item = C.PyList_GetItem(l, 778) // finding: borrowedref
	}
	if n == 779 {
		item = C.PyTuple_GetItem(t, 779)
	}
	if n == 780 {
		item = C.PyList_GetItem(l, 780) // finding: borrowedref
	}
	if n == 781 {
		item = C.PyTuple_GetItem(t, 781)
	}
	if n == 782 {
		item = C.PyList_GetItem(l, 782) // finding: borrowedref
	}
	if n == 783 {
		item = C.PyTuple_GetItem(t, 783)
	}
	if n == 784 {
		item = C.PyList_GetItem(l, 784) // finding: borrowedref
	}
	if n == 785 {
		item = C.PyTuple_GetItem(t, 785)
	}
	if n == 786 {
		item = C.PyList_GetItem(l, 786) // finding: borrowedref
	}
	if n == 787 {
		item = C.PyTuple_GetItem(t, 787)
	}
	if n == 788 {
		item = C.PyList_GetItem(l, 788) // finding: borrowedref
	}
	if n == 789 {
		item = C.PyTuple_GetItem(t, 789)
	}
	if n == 790 {
		item = C.PyList_GetItem(l, 790) // finding: borrowedref
	}
	if n == 791 {
		item = C.PyTuple_GetItem(t, 791)
	}
	if n == 792 {
		item = C.PyList_GetItem(l, 792) // finding: borrowedref
	}
	if n == 793 {
		item = C.PyTuple_GetItem(t, 793)
	}
	if n == 794 {
		item = C.PyList_GetItem(l, 794) // finding: borrowedref
	}
	if n == 795 {
		item = C.PyTuple_GetItem(t, 795)
	}
	if n == 796 {
		item = C.PyList_GetItem(l, 796) // finding: borrowedref
	}
	if n == 797 {
		item = C.PyTuple_GetItem(t, 797)
	}
	if n == 798 {
		item = C.PyList_GetItem(l, 798) // finding: borrowedref
	}
	if n == 799 {
		item = C.PyTuple_GetItem(t, 799)
	}
	if n == 800 {
		item = C.PyList_GetItem(l, 800) // finding: borrowedref
	}
	if n == 801 {
		item = C.PyTuple_GetItem(t, 801)
	}
	if n == 802 {
		item = C.PyList_GetItem(l, 802) // finding: borrowedref
	}
	if n == 803 {
		item = C.PyTuple_GetItem(t, 803)
	}
	if n == 804 {
		item = C.PyList_GetItem(l, 804) // finding: borrowedref
	}
	if n == 805 {
		item = C.PyTuple_GetItem(t, 805)
	}
	if n == 806 {
		item = C.PyList_GetItem(l, 806) // finding: borrowedref
	}
	if n == 807 {
		item = C.PyTuple_GetItem(t, 807)
	}
	if n == 808 {
		item = C.PyList_GetItem(l, 808) // finding: borrowedref
	}
	if n == 809 {
		item = C.PyTuple_GetItem(t, 809)
	}
	if n == 810 {
		item = C.PyList_GetItem(l, 810) // finding: borrowedref
	}
	if n == 811 {
		item = C.PyTuple_GetItem(t, 811)
	}
	if n == 812 {
		item = C.PyList_GetItem(l, 812) // finding: borrowedref
	}
	if n == 813 {
		item = C.PyTuple_GetItem(t, 813)
	}
	if n == 814 {
		item = C.PyList_GetItem(l, 814) // finding: borrowedref
	}
	if n == 815 {
		item = C.PyTuple_GetItem(t, 815)
	}
	if n == 816 {
		item = C.PyList_GetItem(l, 816) // finding: borrowedref
	}
	if n == 817 {
		item = C.PyTuple_GetItem(t, 817)
	}
	if n == 818 {
		item = C.PyList_GetItem(l, 818) // finding: borrowedref
	}
	if n == 819 {
		item = C.PyTuple_GetItem(t, 819)
	}
	if n == 820 {
		item = C.PyList_GetItem(l, 820) // finding: borrowedref
	}
	if n == 821 {
		item = C.PyTuple_GetItem(t, 821)
	}
	if n == 822 {
		item = C.PyList_GetItem(l, 822) // finding: borrowedref
	}
	if n == 823 {
		item = C.PyTuple_GetItem(t, 823)
	}
	if n == 824 {
		item = C.PyList_GetItem(l, 824) // finding: borrowedref
	}
	if n == 825 {
		item = C.PyTuple_GetItem(t, 825)
	}
	if n == 826 {
		item = C.PyList_GetItem(l, 826) // finding: borrowedref
	}
	if n == 827 {
		item = C.PyTuple_GetItem(t, 827)
	}
	if n == 828 {
		item = C.PyList_GetItem(l, 828) // finding: borrowedref
	}
	if n == 829 {
		item = C.PyTuple_GetItem(t, 829)
	}
	if n == 830 {
		item = C.PyList_GetItem(l, 830) // finding: borrowedref
	}
	if n == 831 {
		item = C.PyTuple_GetItem(t, 831)
	}
	if n == 832 {
		item = C.PyList_GetItem(l, 832) // finding: borrowedref
	}
	if n == 833 {
		item = C.PyTuple_GetItem(t, 833)
	}
	if n == 834 {
		item = C.PyList_GetItem(l, 834) // finding: borrowedref
	}
	if n == 835 {
		item = C.PyTuple_GetItem(t, 835)
	}
	if n == 836 {
		item = C.PyList_GetItem(l, 836) // finding: borrowedref
	}
	if n == 837 {
		item = C.PyTuple_GetItem(t, 837)
	}
	if n == 838 {
		item = C.PyList_GetItem(l, 838) // finding: borrowedref
	}
	if n == 839 {
		item = C.PyTuple_GetItem(t, 839)
	}
	if n == 840 {
		item = C.PyList_GetItem(l, 840) // finding: borrowedref
	}
	if n == 841 {
		item = C.PyTuple_GetItem(t, 841)
	}
	if n == 842 {
		item = C.PyList_GetItem(l, 842) // finding: borrowedref
	}
	if n == 843 {
		item = C.PyTuple_GetItem(t, 843)
	}
	if n == 844 {
		item = C.PyList_GetItem(l, 844) // finding: borrowedref
	}
	if n == 845 {
		item = C.PyTuple_GetItem(t, 845)
	}
	if n == 846 {
		item = C.PyList_GetItem(l, 846) // finding: borrowedref
	}
	if n == 847 {
		item = C.PyTuple_GetItem(t, 847)
	}
	if n == 848 {
		item = C.PyList_GetItem(l, 848) // finding: borrowedref
	}
	if n == 849 {
		item = C.PyTuple_GetItem(t, 849)
	}
	if n == 850 {
		item = C.PyList_GetItem(l, 850) // finding: borrowedref
	}
	if n == 851 {
		item = C.PyTuple_GetItem(t, 851)
	}
	if n == 852 {
		item = C.PyList_GetItem(l, 852) // finding: borrowedref
	}
	if n == 853 {
		item = C.PyTuple_GetItem(t, 853)
	}
	if n == 854 {
		item = C.PyList_GetItem(l, 854) // finding: borrowedref
	}
	if n == 855 {
		item = C.PyTuple_GetItem(t, 855)
	}
	if n == 856 {
		item = C.PyList_GetItem(l, 856) // finding: borrowedref
	}
	if n == 857 {
		item = C.PyTuple_GetItem(t, 857)
	}
	if n == 858 {
		item = C.PyList_GetItem(l, 858) // finding: borrowedref
	}
	if n == 859 {
		item = C.PyTuple_GetItem(t, 859)
	}
	if n == 860 {
		item = C.PyList_GetItem(l, 860) // finding: borrowedref
	}
	if n == 861 {
		item = C.PyTuple_GetItem(t, 861)
	}
	if n == 862 {
		item = C.PyList_GetItem(l, 862) // finding: borrowedref
	}
	if n == 863 {
		item = C.PyTuple_GetItem(t, 863)
	}
	if n == 864 {
		item = C.PyList_GetItem(l, 864) // finding: borrowedref
	}
	if n == 865 {
		item = C.PyTuple_GetItem(t, 865)
	}
	if n == 866 {
		item = C.PyList_GetItem(l, 866) // finding: borrowedref
	}
	if n == 867 {
		item = C.PyTuple_GetItem(t, 867)
	}
	if n == 868 {
		item = C.PyList_GetItem(l, 868) // finding: borrowedref
	}
	if n == 869 {
		item = C.PyTuple_GetItem(t, 869)
	}
	if n == 870 {
		item = C.PyList_GetItem(l, 870) // finding: borrowedref
	}
	if n == 871 {
		item = C.PyTuple_GetItem(t, 871)
	}
	if n == 872 {
		item = C.PyList_GetItem(l, 872) // finding: borrowedref
	}
	if n == 873 {
		item = C.PyTuple_GetItem(t, 873)
	}
	if n == 874 {
		item = C.PyList_GetItem(l, 874) // finding: borrowedref
	}
	if n == 875 {
		item = C.PyTuple_GetItem(t, 875)
	}
	if n == 876 {
		item = C.PyList_GetItem(l, 876) // finding: borrowedref
	}
	if n == 877 {
		item = C.PyTuple_GetItem(t, 877)
	}
	if n == 878 {
		item = C.PyList_GetItem(l, 878) // finding: borrowedref
	}
	if n == 879 {
		item = C.PyTuple_GetItem(t, 879)
	}
	if n == 880 {
		item = C.PyList_GetItem(l, 880) // finding: borrowedref
	}
	if n == 881 {
		item = C.PyTuple_GetItem(t, 881)
	}
	if n == 882 {
		item = C.PyList_GetItem(l, 882) // finding: borrowedref
	}
	if n == 883 {
		item = C.PyTuple_GetItem(t, 883)
	}
	if n == 884 {
		item = C.PyList_GetItem(l, 884) // finding: borrowedref
	}
	if n == 885 {
		item = C.PyTuple_GetItem(t, 885)
	}
	if n == 886 {
		item = C.PyList_GetItem(l, 886) // finding: borrowedref
	}
	if n == 887 {
		item = C.PyTuple_GetItem(t, 887)
	}
	if n == 888 {
		item = C.PyList_GetItem(l, 888) // finding: borrowedref
	}
	if n == 889 {
		item = C.PyTuple_GetItem(t, 889)
	}
	if n == 890 {
		item = C.PyList_GetItem(l, 890) // finding: borrowedref
	}
	if n == 891 {
		item = C.PyTuple_GetItem(t, 891)
	}
	if n == 892 {
		item = C.PyList_GetItem(l, 892) // finding: borrowedref
	}
	if n == 893 {
		item = C.PyTuple_GetItem(t, 893)
	}
	if n == 894 {
		item = C.PyList_GetItem(l, 894) // finding: borrowedref
	}
	if n == 895 {
		item = C.PyTuple_GetItem(t, 895)
	}
	if n == 896 {
		item = C.PyList_GetItem(l, 896) // finding: borrowedref
	}
	if n == 897 {
		item = C.PyTuple_GetItem(t, 897)
	}
	if n == 898 {
		item = C.PyList_GetItem(l, 898) // finding: borrowedref
	}
	if n == 899 {
		item = C.PyTuple_GetItem(t, 899)
	}
	if n == 900 {
		item = C.PyList_GetItem(l, 900) // finding: borrowedref
	}
	if n == 901 {
		item = C.PyTuple_GetItem(t, 901)
	}
	if n == 902 {
		item = C.PyList_GetItem(l, 902) // finding: borrowedref
	}
	if n == 903 {
		item = C.PyTuple_GetItem(t, 903)
	}
	if n == 904 {
		item = C.PyList_GetItem(l, 904) // finding: borrowedref
	}
	if n == 905 {
		item = C.PyTuple_GetItem(t, 905)
	}
	if n == 906 {
		item = C.PyList_GetItem(l, 906) // finding: borrowedref
	}
	if n == 907 {
		item = C.PyTuple_GetItem(t, 907)
	}
	if n == 908 {
		item = C.PyList_GetItem(l, 908) // finding: borrowedref
	}
	if n == 909 {
		item = C.PyTuple_GetItem(t, 909)
	}
	if n == 910 {
		item = C.PyList_GetItem(l, 910) // finding: borrowedref
	}
	if n == 911 {
		item = C.PyTuple_GetItem(t, 911)
	}
	if n == 912 {
		item = C.PyList_GetItem(l, 912) // finding: borrowedref
	}
	if n == 913 {
		item = C.PyTuple_GetItem(t, 913)
	}
	if n == 914 {
		item = C.PyList_GetItem(l, 914) // finding: borrowedref
	}
	if n == 915 {
		item = C.PyTuple_GetItem(t, 915)
	}
	if n == 916 {
		item = C.PyList_GetItem(l, 916) // finding: borrowedref
	}
	if n == 917 {
		item = C.PyTuple_GetItem(t, 917)
	}
	if n == 918 {
		item = C.PyList_GetItem(l, 918) // finding: borrowedref
	}
	if n == 919 {
		item = C.PyTuple_GetItem(t, 919)
	}
	if n == 920 {
		item = C.PyList_GetItem(l, 920) // finding: borrowedref
	}
	if n == 921 {
		item = C.PyTuple_GetItem(t, 921)
	}
	if n == 922 {
		item = C.PyList_GetItem(l, 922) // finding: borrowedref
	}
	if n == 923 {
		item = C.PyTuple_GetItem(t, 923)
	}
	if n == 924 {
		item = C.PyList_GetItem(l, 924) // finding: borrowedref
	}
	if n == 925 {
		item = C.PyTuple_GetItem(t, 925)
	}
	if n == 926 {
		item = C.PyList_GetItem(l, 926) // finding: borrowedref
	}
	if n == 927 {
		item = C.PyTuple_GetItem(t, 927)
	}
	if n == 928 {
		item = C.PyList_GetItem(l, 928) // finding: borrowedref
	}
	if n == 929 {
		item = C.PyTuple_GetItem(t, 929)
	}
	if n == 930 {
		item = C.PyList_GetItem(l, 930) // finding: borrowedref
	}
	if n == 931 {
		item = C.PyTuple_GetItem(t, 931)
	}
	if n == 932 {
		item = C.PyList_GetItem(l, 932) // finding: borrowedref
	}
	if n == 933 {
		item = C.PyTuple_GetItem(t, 933)
	}
	if n == 934 {
		item = C.PyList_GetItem(l, 934) // finding: borrowedref
	}
	if n == 935 {
		item = C.PyTuple_GetItem(t, 935)
	}
	if n == 936 {
		item = C.PyList_GetItem(l, 936) // finding: borrowedref
	}
	if n == 937 {
		item = C.PyTuple_GetItem(t, 937)
	}
	if n == 938 {
		item = C.PyList_GetItem(l, 938) // finding: borrowedref
	}
	if n == 939 {
		item = C.PyTuple_GetItem(t, 939)
	}
	if n == 940 {
		item = C.PyList_GetItem(l, 940) // finding: borrowedref
	}
	if n == 941 {
		item = C.PyTuple_GetItem(t, 941)
	}
	if n == 942 {
		item = C.PyList_GetItem(l, 942) // finding: borrowedref
	}
	if n == 943 {
		item = C.PyTuple_GetItem(t, 943)
	}
	if n == 944 {
		item = C.PyList_GetItem(l, 944) // finding: borrowedref
	}
	if n == 945 {
		item = C.PyTuple_GetItem(t, 945)
	}
	if n == 946 {
		item = C.PyList_GetItem(l, 946) // finding: borrowedref
	}
	if n == 947 {
		item = C.PyTuple_GetItem(t, 947)
	}
	if n == 948 {
		item = C.PyList_GetItem(l, 948) // finding: borrowedref
	}
	if n == 949 {
		item = C.PyTuple_GetItem(t, 949)
	}
	if n == 950 {
		item = C.PyList_GetItem(l, 950) // finding: borrowedref
	}
	if n == 951 {
		item = C.PyTuple_GetItem(t, 951)
	}
	if n == 952 {
		item = C.PyList_GetItem(l, 952) // finding: borrowedref
	}
	if n == 953 {
		item = C.PyTuple_GetItem(t, 953)
	}
	if n == 954 {
		item = C.PyList_GetItem(l, 954) // finding: borrowedref
	}
	if n == 955 {
		item = C.PyTuple_GetItem(t, 955)
	}
	if n == 956 {
		item = C.PyList_GetItem(l, 956) // finding: borrowedref
	}
	if n == 957 {
		item = C.PyTuple_GetItem(t, 957)
	}
	if n == 958 {
		item = C.PyList_GetItem(l, 958) // finding: borrowedref
	}
	if n == 959 {
		item = C.PyTuple_GetItem(t, 959)
	}
	if n == 960 {
		item = C.PyList_GetItem(l, 960) // finding: borrowedref
	}
	if n == 961 {
		item = C.PyTuple_GetItem(t, 961)
	}
	if n == 962 {
		item = C.PyList_GetItem(l, 962) // finding: borrowedref
	}
	if n == 963 {
		item = C.PyTuple_GetItem(t, 963)
	}
	if n == 964 {
		item = C.PyList_GetItem(l, 964) // finding: borrowedref
	}
	if n == 965 {
		item = C.PyTuple_GetItem(t, 965)
	}
	if n == 966 {
		item = C.PyList_GetItem(l, 966) // finding: borrowedref
	}
	if n == 967 {
		item = C.PyTuple_GetItem(t, 967)
	}
	if n == 968 {
		item = C.PyList_GetItem(l, 968) // finding: borrowedref
	}
	if n == 969 {
		item = C.PyTuple_GetItem(t, 969)
	}
	if n == 970 {
		item = C.PyList_GetItem(l, 970) // finding: borrowedref
	}
	if n == 971 {
		item = C.PyTuple_GetItem(t, 971)
	}
	if n == 972 {
		item = C.PyList_GetItem(l, 972) // finding: borrowedref
	}
	if n == 973 {
		item = C.PyTuple_GetItem(t, 973)
	}
	if n == 974 {
		item = C.PyList_GetItem(l, 974) // finding: borrowedref
	}
	if n == 975 {
		item = C.PyTuple_GetItem(t, 975)
	}
	if n == 976 {
		item = C.PyList_GetItem(l, 976) // finding: borrowedref
	}
	if n == 977 {
		item = C.PyTuple_GetItem(t, 977)
	}
	if n == 978 {
		item = C.PyList_GetItem(l, 978) // finding: borrowedref
	}
	if n == 979 {
		item = C.PyTuple_GetItem(t, 979)
	}
	if n == 980 {
		item = C.PyList_GetItem(l, 980) // finding: borrowedref
	}
	if n == 981 {
		item = C.PyTuple_GetItem(t, 981)
	}
	if n == 982 {
		item = C.PyList_GetItem(l, 982) // finding: borrowedref
	}
	if n == 983 {
		item = C.PyTuple_GetItem(t, 983)
	}
	if n == 984 {
		item = C.PyList_GetItem(l, 984) // finding: borrowedref
	}
	if n == 985 {
		item = C.PyTuple_GetItem(t, 985)
	}
	if n == 986 {
		item = C.PyList_GetItem(l, 986) // finding: borrowedref
	}
	if n == 987 {
		item = C.PyTuple_GetItem(t, 987)
	}
	if n == 988 {
		item = C.PyList_GetItem(l, 988) // finding: borrowedref
	}
	if n == 989 {
		item = C.PyTuple_GetItem(t, 989)
	}
	if n == 990 {
		item = C.PyList_GetItem(l, 990) // finding: borrowedref
	}
	if n == 991 {
		item = C.PyTuple_GetItem(t, 991)
	}
	if n == 992 {
		item = C.PyList_GetItem(l, 992) // finding: borrowedref
	}
	if n == 993 {
		item = C.PyTuple_GetItem(t, 993)
	}
	if n == 994 {
		item = C.PyList_GetItem(l, 994) // finding: borrowedref
	}
	if n == 995 {
		item = C.PyTuple_GetItem(t, 995)
	}
	if n == 996 {
		item = C.PyList_GetItem(l, 996) // finding: borrowedref
	}
	if n == 997 {
		item = C.PyTuple_GetItem(t, 997)
	}
	if n == 998 {
		item = C.PyList_GetItem(l, 998) // finding: borrowedref
	}
	if n == 999 {
		item = C.PyTuple_GetItem(t, 999)
	}
	if n == 1000 {
		item = C.PyList_GetItem(l, 1000) // finding: borrowedref
	}
	if n == 1001 {
		item = C.PyTuple_GetItem(t, 1001)
	}
	if n == 1002 {
		item = C.PyList_GetItem(l, 1002) // finding: borrowedref
	}
	if n == 1003 {
		item = C.PyTuple_GetItem(t, 1003)
	}
	if n == 1004 {
		item = C.PyList_GetItem(l, 1004) // finding: borrowedref
	}
	if n == 1005 {
		item = C.PyTuple_GetItem(t, 1005)
	}
	if n == 1006 {
		item = C.PyList_GetItem(l, 1006) // finding: borrowedref
	}
	if n == 1007 {
		item = C.PyTuple_GetItem(t, 1007)
	}
	if n == 1008 {
		item = C.PyList_GetItem(l, 1008) // finding: borrowedref
	}
	if n == 1009 {
		item = C.PyTuple_GetItem(t, 1009)
	}
	if n == 1010 {
		item = C.PyList_GetItem(l, 1010) // finding: borrowedref
	}
	if n == 1011 {
		item = C.PyTuple_GetItem(t, 1011)
	}
	if n == 1012 {
		item = C.PyList_GetItem(l, 1012) // finding: borrowedref
	}
	if n == 1013 {
		item = C.PyTuple_GetItem(t, 1013)
	}
	if n == 1014 {
		item = C.PyList_GetItem(l, 1014) // finding: borrowedref
	}
	if n == 1015 {
		item = C.PyTuple_GetItem(t, 1015)
	}
	if n == 1016 {
		item = C.PyList_GetItem(l, 1016) // finding: borrowedref
	}
	if n == 1017 {
		item = C.PyTuple_GetItem(t, 1017)
	}
	if n == 1018 {
		item = C.PyList_GetItem(l, 1018) // finding: borrowedref
	}
	if n == 1019 {
		item = C.PyTuple_GetItem(t, 1019)
	}
	if n == 1020 {
		item = C.PyList_GetItem(l, 1020) // finding: borrowedref
	}
	if n == 1021 {
		item = C.PyTuple_GetItem(t, 1021)
	}
	if n == 1022 {
		item = C.PyList_GetItem(l, 1022) // finding: borrowedref
	}
	if n == 1023 {
		item = C.PyTuple_GetItem(t, 1023)
	}
	if n == 1024 {
		item = C.PyList_GetItem(l, 1024) // finding: borrowedref
	}
	if n == 1025 {
		item = C.PyTuple_GetItem(t, 1025)
	}
	if n == 1026 {
		item = C.PyList_GetItem(l, 1026) // finding: borrowedref
	}
	if n == 1027 {
		item = C.PyTuple_GetItem(t, 1027)
	}
	if n == 1028 {
		item = C.PyList_GetItem(l, 1028) // finding: borrowedref
	}
	if n == 1029 {
		item = C.PyTuple_GetItem(t, 1029)
	}
	if n == 1030 {
		item = C.PyList_GetItem(l, 1030) // finding: borrowedref
	}
	if n == 1031 {
		item = C.PyTuple_GetItem(t, 1031)
	}
	if n == 1032 {
		item = C.PyList_GetItem(l, 1032) // finding: borrowedref
	}
	if n == 1033 {
		item = C.PyTuple_GetItem(t, 1033)
	}
	if n == 1034 {
		item = C.PyList_GetItem(l, 1034) // finding: borrowedref
	}
	if n == 1035 {
		item = C.PyTuple_GetItem(t, 1035)
	}
	if n == 1036 {
		item = C.PyList_GetItem(l, 1036) // finding: borrowedref
	}
	if n == 1037 {
		item = C.PyTuple_GetItem(t, 1037)
	}
	if n == 1038 {
		item = C.PyList_GetItem(l, 1038) // finding: borrowedref
	}
	if n == 1039 {
		item = C.PyTuple_GetItem(t, 1039)
	}
	if n == 1040 {
		item = C.PyList_GetItem(l, 1040) // finding: borrowedref
	}
	if n == 1041 {
		item = C.PyTuple_GetItem(t, 1041)
	}
	if n == 1042 {
		item = C.PyList_GetItem(l, 1042) // finding: borrowedref
	}
	if n == 1043 {
		item = C.PyTuple_GetItem(t, 1043)
	}
	if n == 1044 {
		item = C.PyList_GetItem(l, 1044) // finding: borrowedref
	}
	if n == 1045 {
		item = C.PyTuple_GetItem(t, 1045)
	}
	if n == 1046 {
		item = C.PyList_GetItem(l, 1046) // finding: borrowedref
	}
	if n == 1047 {
		item = C.PyTuple_GetItem(t, 1047)
	}
	if n == 1048 {
		item = C.PyList_GetItem(l, 1048) // finding: borrowedref
	}
	if n == 1049 {
		item = C.PyTuple_GetItem(t, 1049)
	}
	if n == 1050 {
		item = C.PyList_GetItem(l, 1050) // finding: borrowedref
	}
	if n == 1051 {
		item = C.PyTuple_GetItem(t, 1051)
	}
	if n == 1052 {
		item = C.PyList_GetItem(l, 1052) // finding: borrowedref
	}
	if n == 1053 {
		item = C.PyTuple_GetItem(t, 1053)
	}
	if n == 1054 {
		item = C.PyList_GetItem(l, 1054) // finding: borrowedref
	}
	if n == 1055 {
		item = C.PyTuple_GetItem(t, 1055)
	}
	if n == 1056 {
		item = C.PyList_GetItem(l, 1056) // finding: borrowedref
	}
	if n == 1057 {
		item = C.PyTuple_GetItem(t, 1057)
	}
	if n == 1058 {
		item = C.PyList_GetItem(l, 1058) // finding: borrowedref
	}
	if n == 1059 {
		item = C.PyTuple_GetItem(t, 1059)
	}
	if n == 1060 {
		item = C.PyList_GetItem(l, 1060) // finding: borrowedref
	}
	if n == 1061 {
		item = C.PyTuple_GetItem(t, 1061)
	}
	if n == 1062 {
		item = C.PyList_GetItem(l, 1062) // finding: borrowedref
	}
	if n == 1063 {
		item = C.PyTuple_GetItem(t, 1063)
	}
	if n == 1064 {
		item = C.PyList_GetItem(l, 1064) // finding: borrowedref
	}
	if n == 1065 {
		item = C.PyTuple_GetItem(t, 1065)
	}
	if n == 1066 {
		item = C.PyList_GetItem(l, 1066) // finding: borrowedref
	}
	if n == 1067 {
		item = C.PyTuple_GetItem(t, 1067)
	}
	if n == 1068 {
		item = C.PyList_GetItem(l, 1068) // finding: borrowedref
	}
	if n == 1069 {
		item = C.PyTuple_GetItem(t, 1069)
	}
	if n == 1070 {
		item = C.PyList_GetItem(l, 1070) // finding: borrowedref
	}
	if n == 1071 {
		item = C.PyTuple_GetItem(t, 1071)
	}
	if n == 1072 {
		item = C.PyList_GetItem(l, 1072) // finding: borrowedref
	}
	if n == 1073 {
		item = C.PyTuple_GetItem(t, 1073)
	}
	if n == 1074 {
		item = C.PyList_GetItem(l, 1074) // finding: borrowedref
	}
	if n == 1075 {
		item = C.PyTuple_GetItem(t, 1075)
	}
	if n == 1076 {
		item = C.PyList_GetItem(l, 1076) // finding: borrowedref
	}
	if n == 1077 {
		item = C.PyTuple_GetItem(t, 1077)
	}
	if n == 1078 {
		item = C.PyList_GetItem(l, 1078) // finding: borrowedref
	}
	if n == 1079 {
		item = C.PyTuple_GetItem(t, 1079)
	}
	if n == 1080 {
		item = C.PyList_GetItem(l, 1080) // finding: borrowedref
	}
	if n == 1081 {
		item = C.PyTuple_GetItem(t, 1081)
	}
	if n == 1082 {
		item = C.PyList_GetItem(l, 1082) // finding: borrowedref
	}
	if n == 1083 {
		item = C.PyTuple_GetItem(t, 1083)
	}
	if n == 1084 {
		item = C.PyList_GetItem(l, 1084) // finding: borrowedref
	}
	if n == 1085 {
		item = C.PyTuple_GetItem(t, 1085)
	}
	if n == 1086 {
		item = C.PyList_GetItem(l, 1086) // finding: borrowedref
	}
	if n == 1087 {
		item = C.PyTuple_GetItem(t, 1087)
	}
	if n == 1088 {
		item = C.PyList_GetItem(l, 1088) // finding: borrowedref
	}
	if n == 1089 {
		item = C.PyTuple_GetItem(t, 1089)
	}
	if n == 1090 {
		item = C.PyList_GetItem(l, 1090) // finding: borrowedref
	}
	if n == 1091 {
		item = C.PyTuple_GetItem(t, 1091)
	}
	if n == 1092 {
		item = C.PyList_GetItem(l, 1092) // finding: borrowedref
	}
	if n == 1093 {
		item = C.PyTuple_GetItem(t, 1093)
	}
	if n == 1094 {
		item = C.PyList_GetItem(l, 1094) // finding: borrowedref
	}
	if n == 1095 {
		item = C.PyTuple_GetItem(t, 1095)
	}
	if n == 1096 {
		item = C.PyList_GetItem(l, 1096) // finding: borrowedref
	}
	if n == 1097 {
		item = C.PyTuple_GetItem(t, 1097)
	}
	if n == 1098 {
		item = C.PyList_GetItem(l, 1098) // finding: borrowedref
	}
	if n == 1099 {
		item = C.PyTuple_GetItem(t, 1099)
	}
	if n == 1100 {
		item = C.PyList_GetItem(l, 1100) // finding: borrowedref
	}
	if n == 1101 {
		item = C.PyTuple_GetItem(t, 1101)
	}
	if n == 1102 {
		item = C.PyList_GetItem(l, 1102) // finding: borrowedref
	}
	if n == 1103 {
		item = C.PyTuple_GetItem(t, 1103)
	}
	if n == 1104 {
		item = C.PyList_GetItem(l, 1104) // finding: borrowedref
	}
	if n == 1105 {
		item = C.PyTuple_GetItem(t, 1105)
	}
	if n == 1106 {
		item = C.PyList_GetItem(l, 1106) // finding: borrowedref
	}
	if n == 1107 {
		item = C.PyTuple_GetItem(t, 1107)
	}
	if n == 1108 {
		item = C.PyList_GetItem(l, 1108) // finding: borrowedref
	}
	if n == 1109 {
		item = C.PyTuple_GetItem(t, 1109)
	}
	if n == 1110 {
		item = C.PyList_GetItem(l, 1110) // finding: borrowedref
	}
	if n == 1111 {
		item = C.PyTuple_GetItem(t, 1111)
	}
	if n == 1112 {
		item = C.PyList_GetItem(l, 1112) // finding: borrowedref
	}
	if n == 1113 {
		item = C.PyTuple_GetItem(t, 1113)
	}
	if n == 1114 {
		item = C.PyList_GetItem(l, 1114) // finding: borrowedref
	}
	if n == 1115 {
		item = C.PyTuple_GetItem(t, 1115)
	}
	if n == 1116 {
		item = C.PyList_GetItem(l, 1116) // finding: borrowedref
	}
	if n == 1117 {
		item = C.PyTuple_GetItem(t, 1117)
	}
	if n == 1118 {
		item = C.PyList_GetItem(l, 1118) // finding: borrowedref
	}
	if n == 1119 {
		item = C.PyTuple_GetItem(t, 1119)
	}
	if n == 1120 {
		item = C.PyList_GetItem(l, 1120) // finding: borrowedref
	}
	if n == 1121 {
		item = C.PyTuple_GetItem(t, 1121)
	}
	if n == 1122 {
		item = C.PyList_GetItem(l, 1122) // finding: borrowedref
	}
	if n == 1123 {
		item = C.PyTuple_GetItem(t, 1123)
	}
	if n == 1124 {
		item = C.PyList_GetItem(l, 1124) // finding: borrowedref
	}
	if n == 1125 {
		item = C.PyTuple_GetItem(t, 1125)
	}
	if n == 1126 {
		item = C.PyList_GetItem(l, 1126) // finding: borrowedref
	}
	if n == 1127 {
		item = C.PyTuple_GetItem(t, 1127)
	}
	if n == 1128 {
		item = C.PyList_GetItem(l, 1128) // finding: borrowedref
	}
	if n == 1129 {
		item = C.PyTuple_GetItem(t, 1129)
	}
	if n == 1130 {
		item = C.PyList_GetItem(l, 1130) // finding: borrowedref
	}
	if n == 1131 {
		item = C.PyTuple_GetItem(t, 1131)
	}
	if n == 1132 {
		item = C.PyList_GetItem(l, 1132) // finding: borrowedref
	}
	if n == 1133 {
		item = C.PyTuple_GetItem(t, 1133)
	}
	if n == 1134 {
		item = C.PyList_GetItem(l, 1134) // finding: borrowedref
	}
	if n == 1135 {
		item = C.PyTuple_GetItem(t, 1135)
	}
	if n == 1136 {
		item = C.PyList_GetItem(l, 1136) // finding: borrowedref
	}
	if n == 1137 {
		item = C.PyTuple_GetItem(t, 1137)
	}
	if n == 1138 {
		item = C.PyList_GetItem(l, 1138) // finding: borrowedref
	}
	if n == 1139 {
		item = C.PyTuple_GetItem(t, 1139)
	}
	if n == 1140 {
		item = C.PyList_GetItem(l, 1140) // finding: borrowedref
	}
	if n == 1141 {
		item = C.PyTuple_GetItem(t, 1141)
	}
	if n == 1142 {
		item = C.PyList_GetItem(l, 1142) // finding: borrowedref
	}
	if n == 1143 {
		item = C.PyTuple_GetItem(t, 1143)
	}
	if n == 1144 {
		item = C.PyList_GetItem(l, 1144) // finding: borrowedref
	}
	if n == 1145 {
		item = C.PyTuple_GetItem(t, 1145)
	}
	if n == 1146 {
		item = C.PyList_GetItem(l, 1146) // finding: borrowedref
	}
	if n == 1147 {
		item = C.PyTuple_GetItem(t, 1147)
	}
	if n == 1148 {
		item = C.PyList_GetItem(l, 1148) // finding: borrowedref
	}
	if n == 1149 {
		item = C.PyTuple_GetItem(t, 1149)
	}
	if n == 1150 {
		item = C.PyList_GetItem(l, 1150) // finding: borrowedref
	}
	if n == 1151 {
		item = C.PyTuple_GetItem(t, 1151)
	}
	if n == 1152 {
		item = C.PyList_GetItem(l, 1152) // finding: borrowedref
	}
	if n == 1153 {
		item = C.PyTuple_GetItem(t, 1153)
	}
	if n == 1154 {
		item = C.PyList_GetItem(l, 1154) // finding: borrowedref
	}
	if n == 1155 {
		item = C.PyTuple_GetItem(t, 1155)
	}
	if n == 1156 {
		item = C.PyList_GetItem(l, 1156) // finding: borrowedref
	}
	if n == 1157 {
		item = C.PyTuple_GetItem(t, 1157)
	}
	if n == 1158 {
		item = C.PyList_GetItem(l, 1158) // finding: borrowedref
	}
	if n == 1159 {
		item = C.PyTuple_GetItem(t, 1159)
	}
	if n == 1160 {
		item = C.PyList_GetItem(l, 1160) // finding: borrowedref
	}
	if n == 1161 {
		item = C.PyTuple_GetItem(t, 1161)
	}
	if n == 1162 {
		item = C.PyList_GetItem(l, 1162) // finding: borrowedref
	}
	if n == 1163 {
		item = C.PyTuple_GetItem(t, 1163)
	}
	if n == 1164 {
		item = C.PyList_GetItem(l, 1164) // finding: borrowedref
	}
	if n == 1165 {
		item = C.PyTuple_GetItem(t, 1165)
	}
	if n == 1166 {
		item = C.PyList_GetItem(l, 1166) // finding: borrowedref
	}
	if n == 1167 {
		item = C.PyTuple_GetItem(t, 1167)
	}
	if n == 1168 {
		item = C.PyList_GetItem(l, 1168) // finding: borrowedref
	}
	if n == 1169 {
		item = C.PyTuple_GetItem(t, 1169)
	}
	if n == 1170 {
		item = C.PyList_GetItem(l, 1170) // finding: borrowedref
	}
	if n == 1171 {
		item = C.PyTuple_GetItem(t, 1171)
	}
	if n == 1172 {
		item = C.PyList_GetItem(l, 1172) // finding: borrowedref
	}
	if n == 1173 {
		item = C.PyTuple_GetItem(t, 1173)
	}
	if n == 1174 {
		item = C.PyList_GetItem(l, 1174) // finding: borrowedref
	}
	if n == 1175 {
		item = C.PyTuple_GetItem(t, 1175)
	}
	if n == 1176 {
		item = C.PyList_GetItem(l, 1176) // finding: borrowedref
	}
	if n == 1177 {
		item = C.PyTuple_GetItem(t, 1177)
	}
	if n == 1178 {
		item = C.PyList_GetItem(l, 1178) // finding: borrowedref
	}
	if n == 1179 {
		item = C.PyTuple_GetItem(t, 1179)
	}
	if n == 1180 {
		item = C.PyList_GetItem(l, 1180) // finding: borrowedref
	}
	if n == 1181 {
		item = C.PyTuple_GetItem(t, 1181)
	}
	if n == 1182 {
		item = C.PyList_GetItem(l, 1182) // finding: borrowedref
	}
	if n == 1183 {
		item = C.PyTuple_GetItem(t, 1183)
	}
	if n == 1184 {
		item = C.PyList_GetItem(l, 1184) // finding: borrowedref
	}
	if n == 1185 {
		item = C.PyTuple_GetItem(t, 1185)
	}
	if n == 1186 {
		item = C.PyList_GetItem(l, 1186) // finding: borrowedref
	}
	if n == 1187 {
		item = C.PyTuple_GetItem(t, 1187)
	}
	if n == 1188 {
		item = C.PyList_GetItem(l, 1188) // finding: borrowedref
	}
	if n == 1189 {
		item = C.PyTuple_GetItem(t, 1189)
	}
	if n == 1190 {
		item = C.PyList_GetItem(l, 1190) // finding: borrowedref
	}
	if n == 1191 {
		item = C.PyTuple_GetItem(t, 1191)
	}
	if n == 1192 {
		item = C.PyList_GetItem(l, 1192) // finding: borrowedref
	}
	if n == 1193 {
		item = C.PyTuple_GetItem(t, 1193)
	}
	if n == 1194 {
		item = C.PyList_GetItem(l, 1194) // finding: borrowedref
	}
	if n == 1195 {
		item = C.PyTuple_GetItem(t, 1195)
	}
	if n == 1196 {
		item = C.PyList_GetItem(l, 1196) // finding: borrowedref
	}
	if n == 1197 {
		item = C.PyTuple_GetItem(t, 1197)
	}
	if n == 1198 {
		item = C.PyList_GetItem(l, 1198) // finding: borrowedref
	}
	if n == 1199 {
		item = C.PyTuple_GetItem(t, 1199)
	}
	if n == 1200 {
		item = C.PyList_GetItem(l, 1200) // finding: borrowedref
	}
	if n == 1201 {
		item = C.PyTuple_GetItem(t, 1201)
	}
	if n == 1202 {
		item = C.PyList_GetItem(l, 1202) // finding: borrowedref
	}
	if n == 1203 {
		item = C.PyTuple_GetItem(t, 1203)
	}
	if n == 1204 {
		item = C.PyList_GetItem(l, 1204) // finding: borrowedref
	}
	if n == 1205 {
		item = C.PyTuple_GetItem(t, 1205)
	}
	if n == 1206 {
		item = C.PyList_GetItem(l, 1206) // finding: borrowedref
	}
	if n == 1207 {
		item = C.PyTuple_GetItem(t, 1207)
	}
	if n == 1208 {
		item = C.PyList_GetItem(l, 1208) // finding: borrowedref
	}
	if n == 1209 {
		item = C.PyTuple_GetItem(t, 1209)
	}
	if n == 1210 {
		item = C.PyList_GetItem(l, 1210) // finding: borrowedref
	}
	if n == 1211 {
		item = C.PyTuple_GetItem(t, 1211)
	}
	if n == 1212 {
		item = C.PyList_GetItem(l, 1212) // finding: borrowedref
	}
	if n == 1213 {
		item = C.PyTuple_GetItem(t, 1213)
	}
	if n == 1214 {
		item = C.PyList_GetItem(l, 1214) // finding: borrowedref
	}
	if n == 1215 {
		item = C.PyTuple_GetItem(t, 1215)
	}
	if n == 1216 {
		item = C.PyList_GetItem(l, 1216) // finding: borrowedref
	}
	if n == 1217 {
		item = C.PyTuple_GetItem(t, 1217)
	}
	if n == 1218 {
		item = C.PyList_GetItem(l, 1218) // finding: borrowedref
	}
	if n == 1219 {
		item = C.PyTuple_GetItem(t, 1219)
	}
	if n == 1220 {
		item = C.PyList_GetItem(l, 1220) // finding: borrowedref
	}
	if n == 1221 {
		item = C.PyTuple_GetItem(t, 1221)
	}
	if n == 1222 {
		item = C.PyList_GetItem(l, 1222) // finding: borrowedref
	}
	if n == 1223 {
		item = C.PyTuple_GetItem(t, 1223)
	}
	if n == 1224 {
		item = C.PyList_GetItem(l, 1224) // finding: borrowedref
	}
	if n == 1225 {
		item = C.PyTuple_GetItem(t, 1225)
	}
	if n == 1226 {
		item = C.PyList_GetItem(l, 1226) // finding: borrowedref
	}
	if n == 1227 {
		item = C.PyTuple_GetItem(t, 1227)
	}
	if n == 1228 {
		item = C.PyList_GetItem(l, 1228) // finding: borrowedref
	}
	if n == 1229 {
		item = C.PyTuple_GetItem(t, 1229)
	}
	if n == 1230 {
		item = C.PyList_GetItem(l, 1230) // finding: borrowedref
	}
	if n == 1231 {
		item = C.PyTuple_GetItem(t, 1231)
	}
	if n == 1232 {
		item = C.PyList_GetItem(l, 1232) // finding: borrowedref
	}
	if n == 1233 {
		item = C.PyTuple_GetItem(t, 1233)
	}
	if n == 1234 {
		item = C.PyList_GetItem(l, 1234) // finding: borrowedref
	}
	if n == 1235 {
		item = C.PyTuple_GetItem(t, 1235)
	}
	if n == 1236 {
		item = C.PyList_GetItem(l, 1236) // finding: borrowedref
	}
	if n == 1237 {
		item = C.PyTuple_GetItem(t, 1237)
	}
	if n == 1238 {
		item = C.PyList_GetItem(l, 1238) // finding: borrowedref
	}
	if n == 1239 {
		item = C.PyTuple_GetItem(t, 1239)
	}
	if n == 1240 {
		item = C.PyList_GetItem(l, 1240) // finding: borrowedref
	}
	if n == 1241 {
		item = C.PyTuple_GetItem(t, 1241)
	}
	if n == 1242 {
		item = C.PyList_GetItem(l, 1242) // finding: borrowedref
	}
	if n == 1243 {
		item = C.PyTuple_GetItem(t, 1243)
	}
	if n == 1244 {
		item = C.PyList_GetItem(l, 1244) // finding: borrowedref
	}
	if n == 1245 {
		item = C.PyTuple_GetItem(t, 1245)
	}
	if n == 1246 {
		item = C.PyList_GetItem(l, 1246) // finding: borrowedref
	}
	if n == 1247 {
		item = C.PyTuple_GetItem(t, 1247)
	}
	if n == 1248 {
		item = C.PyList_GetItem(l, 1248) // finding: borrowedref
	}
	if n == 1249 {
		item = C.PyTuple_GetItem(t, 1249)
	}
	if n == 1250 {
		item = C.PyList_GetItem(l, 1250) // finding: borrowedref
	}
	if n == 1251 {
		item = C.PyTuple_GetItem(t, 1251)
	}
	if n == 1252 {
		item = C.PyList_GetItem(l, 1252) // finding: borrowedref
	}
	if n == 1253 {
		item = C.PyTuple_GetItem(t, 1253)
	}
	if n == 1254 {
		item = C.PyList_GetItem(l, 1254) // finding: borrowedref
	}
	if n == 1255 {
		item = C.PyTuple_GetItem(t, 1255)
	}
	if n == 1256 {
		item = C.PyList_GetItem(l, 1256) // finding: borrowedref
	}
	if n == 1257 {
		item = C.PyTuple_GetItem(t, 1257)
	}
	if n == 1258 {
		item = C.PyList_GetItem(l, 1258) // finding: borrowedref
	}
	if n == 1259 {
		item = C.PyTuple_GetItem(t, 1259)
	}
	if n == 1260 {
		item = C.PyList_GetItem(l, 1260) // finding: borrowedref
	}
	if n == 1261 {
		item = C.PyTuple_GetItem(t, 1261)
	}
	if n == 1262 {
		item = C.PyList_GetItem(l, 1262) // finding: borrowedref
	}
	if n == 1263 {
		item = C.PyTuple_GetItem(t, 1263)
	}
	if n == 1264 {
		item = C.PyList_GetItem(l, 1264) // finding: borrowedref
	}
	if n == 1265 {
		item = C.PyTuple_GetItem(t, 1265)
	}
	if n == 1266 {
		item = C.PyList_GetItem(l, 1266) // finding: borrowedref
	}
	if n == 1267 {
		item = C.PyTuple_GetItem(t, 1267)
	}
	if n == 1268 {
		item = C.PyList_GetItem(l, 1268) // finding: borrowedref
	}
	if n == 1269 {
		item = C.PyTuple_GetItem(t, 1269)
	}
	if n == 1270 {
		item = C.PyList_GetItem(l, 1270) // finding: borrowedref
	}
	if n == 1271 {
		item = C.PyTuple_GetItem(t, 1271)
	}
	if n == 1272 {
		item = C.PyList_GetItem(l, 1272) // finding: borrowedref
	}
	if n == 1273 {
		item = C.PyTuple_GetItem(t, 1273)
	}
	if n == 1274 {
		item = C.PyList_GetItem(l, 1274) // finding: borrowedref
	}
	if n == 1275 {
		item = C.PyTuple_GetItem(t, 1275)
	}
	if n == 1276 {
		item = C.PyList_GetItem(l, 1276) // finding: borrowedref
	}
	if n == 1277 {
		item = C.PyTuple_GetItem(t, 1277)
	}
	if n == 1278 {
		item = C.PyList_GetItem(l, 1278) // finding: borrowedref
	}
	if n == 1279 {
		item = C.PyTuple_GetItem(t, 1279)
	}
	if n == 1280 {
		item = C.PyList_GetItem(l, 1280) // finding: borrowedref
	}
	if n == 1281 {
		item = C.PyTuple_GetItem(t, 1281)
	}
	if n == 1282 {
		item = C.PyList_GetItem(l, 1282) // finding: borrowedref
	}
	if n == 1283 {
		item = C.PyTuple_GetItem(t, 1283)
	}
	if n == 1284 {
		item = C.PyList_GetItem(l, 1284) // finding: borrowedref
	}
	if n == 1285 {
		item = C.PyTuple_GetItem(t, 1285)
	}
	if n == 1286 {
		item = C.PyList_GetItem(l, 1286) // finding: borrowedref
	}
	if n == 1287 {
		item = C.PyTuple_GetItem(t, 1287)
	}
	if n == 1288 {
		item = C.PyList_GetItem(l, 1288) // finding: borrowedref
	}
	if n == 1289 {
		item = C.PyTuple_GetItem(t, 1289)
	}
	if n == 1290 {
		item = C.PyList_GetItem(l, 1290) // finding: borrowedref
	}
	if n == 1291 {
		item = C.PyTuple_GetItem(t, 1291)
	}
	if n == 1292 {
		item = C.PyList_GetItem(l, 1292) // finding: borrowedref
	}
	if n == 1293 {
		item = C.PyTuple_GetItem(t, 1293)
	}
	if n == 1294 {
		item = C.PyList_GetItem(l, 1294) // finding: borrowedref
	}
	if n == 1295 {
		item = C.PyTuple_GetItem(t, 1295)
	}
	if n == 1296 {
		item = C.PyList_GetItem(l, 1296) // finding: borrowedref
	}
	if n == 1297 {
		item = C.PyTuple_GetItem(t, 1297)
	}
	if n == 1298 {
		item = C.PyList_GetItem(l, 1298) // finding: borrowedref
	}
	if n == 1299 {
		item = C.PyTuple_GetItem(t, 1299)
	}
	if n == 1300 {
		item = C.PyList_GetItem(l, 1300) // finding: borrowedref
	}
	if n == 1301 {
		item = C.PyTuple_GetItem(t, 1301)
	}
	if n == 1302 {
		item = C.PyList_GetItem(l, 1302) // finding: borrowedref
	}
	if n == 1303 {
		item = C.PyTuple_GetItem(t, 1303)
	}
	if n == 1304 {
		item = C.PyList_GetItem(l, 1304) // finding: borrowedref
	}
	if n == 1305 {
		item = C.PyTuple_GetItem(t, 1305)
	}
	if n == 1306 {
		item = C.PyList_GetItem(l, 1306) // finding: borrowedref
	}
	if n == 1307 {
		item = C.PyTuple_GetItem(t, 1307)
	}
	if n == 1308 {
		item = C.PyList_GetItem(l, 1308) // finding: borrowedref
	}
	if n == 1309 {
		item = C.PyTuple_GetItem(t, 1309)
	}
	if n == 1310 {
		item = C.PyList_GetItem(l, 1310) // finding: borrowedref
	}
	if n == 1311 {
		item = C.PyTuple_GetItem(t, 1311)
	}
	if n == 1312 {
		item = C.PyList_GetItem(l, 1312) // finding: borrowedref
	}
	if n == 1313 {
		item = C.PyTuple_GetItem(t, 1313)
	}
	if n == 1314 {
		item = C.PyList_GetItem(l, 1314) // finding: borrowedref
	}
	if n == 1315 {
		item = C.PyTuple_GetItem(t, 1315)
	}
	if n == 1316 {
		item = C.PyList_GetItem(l, 1316) // finding: borrowedref
	}
	if n == 1317 {
		item = C.PyTuple_GetItem(t, 1317)
	}
	if n == 1318 {
		item = C.PyList_GetItem(l, 1318) // finding: borrowedref
	}
	if n == 1319 {
		item = C.PyTuple_GetItem(t, 1319)
	}
	if n == 1320 {
		item = C.PyList_GetItem(l, 1320) // finding: borrowedref
	}
	if n == 1321 {
		item = C.PyTuple_GetItem(t, 1321)
	}
	if n == 1322 {
		item = C.PyList_GetItem(l, 1322) // finding: borrowedref
	}
	if n == 1323 {
		item = C.PyTuple_GetItem(t, 1323)
	}
	if n == 1324 {
		item = C.PyList_GetItem(l, 1324) // finding: borrowedref
	}
	if n == 1325 {
		item = C.PyTuple_GetItem(t, 1325)
	}
	if n == 1326 {
		item = C.PyList_GetItem(l, 1326) // finding: borrowedref
	}
	if n == 1327 {
		item = C.PyTuple_GetItem(t, 1327)
	}
	if n == 1328 {
		item = C.PyList_GetItem(l, 1328) // finding: borrowedref
	}
	if n == 1329 {
		item = C.PyTuple_GetItem(t, 1329)
	}
	if n == 1330 {
		item = C.PyList_GetItem(l, 1330) // finding: borrowedref
	}
	if n == 1331 {
		item = C.PyTuple_GetItem(t, 1331)
	}
	if n == 1332 {
		item = C.PyList_GetItem(l, 1332) // finding: borrowedref
	}
	if n == 1333 {
		item = C.PyTuple_GetItem(t, 1333)
	}
	if n == 1334 {
		item = C.PyList_GetItem(l, 1334) // finding: borrowedref
	}
	if n == 1335 {
		item = C.PyTuple_GetItem(t, 1335)
	}
	if n == 1336 {
		item = C.PyList_GetItem(l, 1336) // finding: borrowedref
	}
	if n == 1337 {
		item = C.PyTuple_GetItem(t, 1337)
	}
	if n == 1338 {
		item = C.PyList_GetItem(l, 1338) // finding: borrowedref
	}
	if n == 1339 {
		item = C.PyTuple_GetItem(t, 1339)
	}
	if n == 1340 {
		item = C.PyList_GetItem(l, 1340) // finding: borrowedref
	}
	if n == 1341 {
		item = C.PyTuple_GetItem(t, 1341)
	}
	if n == 1342 {
		item = C.PyList_GetItem(l, 1342) // finding: borrowedref
	}
	if n == 1343 {
		item = C.PyTuple_GetItem(t, 1343)
	}
	if n == 1344 {
		item = C.PyList_GetItem(l, 1344) // finding: borrowedref
	}
	if n == 1345 {
		item = C.PyTuple_GetItem(t, 1345)
	}
	if n == 1346 {
		item = C.PyList_GetItem(l, 1346) // finding: borrowedref
	}
	if n == 1347 {
		item = C.PyTuple_GetItem(t, 1347)
	}
	if n == 1348 {
		item = C.PyList_GetItem(l, 1348) // finding: borrowedref
	}
	if n == 1349 {
		item = C.PyTuple_GetItem(t, 1349)
	}
	if n == 1350 {
		item = C.PyList_GetItem(l, 1350) // finding: borrowedref
	}
	if n == 1351 {
		item = C.PyTuple_GetItem(t, 1351)
	}
	if n == 1352 {
		item = C.PyList_GetItem(l, 1352) // finding: borrowedref
	}
	if n == 1353 {
		item = C.PyTuple_GetItem(t, 1353)
	}
	if n == 1354 {
		item = C.PyList_GetItem(l, 1354) // finding: borrowedref
	}
	if n == 1355 {
		item = C.PyTuple_GetItem(t, 1355)
	}
	if n == 1356 {
		item = C.PyList_GetItem(l, 1356) // finding: borrowedref
	}
	if n == 1357 {
		item = C.PyTuple_GetItem(t, 1357)
	}
	if n == 1358 {
		item = C.PyList_GetItem(l, 1358) // finding: borrowedref
	}
	if n == 1359 {
		item = C.PyTuple_GetItem(t, 1359)
	}
	if n == 1360 {
		item = C.PyList_GetItem(l, 1360) // finding: borrowedref
	}
	if n == 1361 {
		item = C.PyTuple_GetItem(t, 1361)
	}
	if n == 1362 {
		item = C.PyList_GetItem(l, 1362) // finding: borrowedref
	}
	if n == 1363 {
		item = C.PyTuple_GetItem(t, 1363)
	}
	if n == 1364 {
		item = C.PyList_GetItem(l, 1364) // finding: borrowedref
	}
	if n == 1365 {
		item = C.PyTuple_GetItem(t, 1365)
	}
	if n == 1366 {
		item = C.PyList_GetItem(l, 1366) // finding: borrowedref
	}
	if n == 1367 {
		item = C.PyTuple_GetItem(t, 1367)
	}
	if n == 1368 {
		item = C.PyList_GetItem(l, 1368) // finding: borrowedref
	}
	if n == 1369 {
		item = C.PyTuple_GetItem(t, 1369)
	}
	if n == 1370 {
		item = C.PyList_GetItem(l, 1370) // finding: borrowedref
	}
	if n == 1371 {
		item = C.PyTuple_GetItem(t, 1371)
	}
	if n == 1372 {
		item = C.PyList_GetItem(l, 1372) // finding: borrowedref
	}
	if n == 1373 {
		item = C.PyTuple_GetItem(t, 1373)
	}
	if n == 1374 {
		item = C.PyList_GetItem(l, 1374) // finding: borrowedref
	}
	if n == 1375 {
		item = C.PyTuple_GetItem(t, 1375)
	}
	if n == 1376 {
		item = C.PyList_GetItem(l, 1376) // finding: borrowedref
	}
	if n == 1377 {
		item = C.PyTuple_GetItem(t, 1377)
	}
	if n == 1378 {
		item = C.PyList_GetItem(l, 1378) // finding: borrowedref
	}
	if n == 1379 {
		item = C.PyTuple_GetItem(t, 1379)
	}
	if n == 1380 {
		item = C.PyList_GetItem(l, 1380) // finding: borrowedref
	}
	if n == 1381 {
		item = C.PyTuple_GetItem(t, 1381)
	}
	if n == 1382 {
		item = C.PyList_GetItem(l, 1382) // finding: borrowedref
	}
	if n == 1383 {
		item = C.PyTuple_GetItem(t, 1383)
	}
	if n == 1384 {
		item = C.PyList_GetItem(l, 1384) // finding: borrowedref
	}
	if n == 1385 {
		item = C.PyTuple_GetItem(t, 1385)
	}
	if n == 1386 {
		item = C.PyList_GetItem(l, 1386) // finding: borrowedref
	}
	if n == 1387 {
		item = C.PyTuple_GetItem(t, 1387)
	}
	if n == 1388 {
		item = C.PyList_GetItem(l, 1388) // finding: borrowedref
	}
	if n == 1389 {
		item = C.PyTuple_GetItem(t, 1389)
	}
	if n == 1390 {
		item = C.PyList_GetItem(l, 1390) // finding: borrowedref
	}
	if n == 1391 {
		item = C.PyTuple_GetItem(t, 1391)
	}
	if n == 1392 {
		item = C.PyList_GetItem(l, 1392) // finding: borrowedref
	}
	if n == 1393 {
		item = C.PyTuple_GetItem(t, 1393)
	}
	if n == 1394 {
		item = C.PyList_GetItem(l, 1394) // finding: borrowedref
	}
	if n == 1395 {
		item = C.PyTuple_GetItem(t, 1395)
	}
	if n == 1396 {
		item = C.PyList_GetItem(l, 1396) // finding: borrowedref
	}
	if n == 1397 {
		item = C.PyTuple_GetItem(t, 1397)
	}
	if n == 1398 {
		item = C.PyList_GetItem(l, 1398) // finding: borrowedref
	}
	if n == 1399 {
		item = C.PyTuple_GetItem(t, 1399)
	}
	if n == 1400 {
		item = C.PyList_GetItem(l, 1400) // finding: borrowedref
	}
	if n == 1401 {
		item = C.PyTuple_GetItem(t, 1401)
	}
	if n == 1402 {
		item = C.PyList_GetItem(l, 1402) // finding: borrowedref
	}
	if n == 1403 {
		item = C.PyTuple_GetItem(t, 1403)
	}
	if n == 1404 {
		item = C.PyList_GetItem(l, 1404) // finding: borrowedref
	}
	if n == 1405 {
		item = C.PyTuple_GetItem(t, 1405)
	}
	if n == 1406 {
		item = C.PyList_GetItem(l, 1406) // finding: borrowedref
	}
	if n == 1407 {
		item = C.PyTuple_GetItem(t, 1407)
	}
	if n == 1408 {
		item = C.PyList_GetItem(l, 1408) // finding: borrowedref
	}
	if n == 1409 {
		item = C.PyTuple_GetItem(t, 1409)
	}
	if n == 1410 {
		item = C.PyList_GetItem(l, 1410) // finding: borrowedref
	}
	if n == 1411 {
		item = C.PyTuple_GetItem(t, 1411)
	}
	if n == 1412 {
		item = C.PyList_GetItem(l, 1412) // finding: borrowedref
	}
	if n == 1413 {
		item = C.PyTuple_GetItem(t, 1413)
	}
	if n == 1414 {
		item = C.PyList_GetItem(l, 1414) // finding: borrowedref
	}
	if n == 1415 {
		item = C.PyTuple_GetItem(t, 1415)
	}
	if n == 1416 {
		item = C.PyList_GetItem(l, 1416) // finding: borrowedref
	}
	if n == 1417 {
		item = C.PyTuple_GetItem(t, 1417)
	}
	if n == 1418 {
		item = C.PyList_GetItem(l, 1418) // finding: borrowedref
	}
	if n == 1419 {
		item = C.PyTuple_GetItem(t, 1419)
	}
	if n == 1420 {
		item = C.PyList_GetItem(l, 1420) // finding: borrowedref
	}
	if n == 1421 {
		item = C.PyTuple_GetItem(t, 1421)
	}
	if n == 1422 {
		item = C.PyList_GetItem(l, 1422) // finding: borrowedref
	}
	if n == 1423 {
		item = C.PyTuple_GetItem(t, 1423)
	}
	if n == 1424 {
		item = C.PyList_GetItem(l, 1424) // finding: borrowedref
	}
	if n == 1425 {
		item = C.PyTuple_GetItem(t, 1425)
	}
	if n == 1426 {
		item = C.PyList_GetItem(l, 1426) // finding: borrowedref
	}
	if n == 1427 {
		item = C.PyTuple_GetItem(t, 1427)
	}
	if n == 1428 {
		item = C.PyList_GetItem(l, 1428) // finding: borrowedref
	}
	if n == 1429 {
		item = C.PyTuple_GetItem(t, 1429)
	}
	if n == 1430 {
		item = C.PyList_GetItem(l, 1430) // finding: borrowedref
	}
	if n == 1431 {
		item = C.PyTuple_GetItem(t, 1431)
	}
	if n == 1432 {
		item = C.PyList_GetItem(l, 1432) // finding: borrowedref
	}
	if n == 1433 {
		item = C.PyTuple_GetItem(t, 1433)
	}
	if n == 1434 {
		item = C.PyList_GetItem(l, 1434) // finding: borrowedref
	}
	if n == 1435 {
		item = C.PyTuple_GetItem(t, 1435)
	}
	if n == 1436 {
		item = C.PyList_GetItem(l, 1436) // finding: borrowedref
	}
	if n == 1437 {
		item = C.PyTuple_GetItem(t, 1437)
	}
	if n == 1438 {
		item = C.PyList_GetItem(l, 1438) // finding: borrowedref
	}
	if n == 1439 {
		item = C.PyTuple_GetItem(t, 1439)
	}
	if n == 1440 {
		item = C.PyList_GetItem(l, 1440) // finding: borrowedref
	}
	if n == 1441 {
		item = C.PyTuple_GetItem(t, 1441)
	}
	if n == 1442 {
		item = C.PyList_GetItem(l, 1442) // finding: borrowedref
	}
	if n == 1443 {
		item = C.PyTuple_GetItem(t, 1443)
	}
	if n == 1444 {
		item = C.PyList_GetItem(l, 1444) // finding: borrowedref
	}
	if n == 1445 {
		item = C.PyTuple_GetItem(t, 1445)
	}
	if n == 1446 {
		item = C.PyList_GetItem(l, 1446) // finding: borrowedref
	}
	if n == 1447 {
		item = C.PyTuple_GetItem(t, 1447)
	}
	if n == 1448 {
		item = C.PyList_GetItem(l, 1448) // finding: borrowedref
	}
	if n == 1449 {
		item = C.PyTuple_GetItem(t, 1449)
	}
	if n == 1450 {
		item = C.PyList_GetItem(l, 1450) // finding: borrowedref
	}
	if n == 1451 {
		item = C.PyTuple_GetItem(t, 1451)
	}
	if n == 1452 {
		item = C.PyList_GetItem(l, 1452) // finding: borrowedref
	}
	if n == 1453 {
		item = C.PyTuple_GetItem(t, 1453)
	}
	if n == 1454 {
		item = C.PyList_GetItem(l, 1454) // finding: borrowedref
	}
	if n == 1455 {
		item = C.PyTuple_GetItem(t, 1455)
	}
	if n == 1456 {
		item = C.PyList_GetItem(l, 1456) // finding: borrowedref
	}
	if n == 1457 {
		item = C.PyTuple_GetItem(t, 1457)
	}
	if n == 1458 {
		item = C.PyList_GetItem(l, 1458) // finding: borrowedref
	}
	if n == 1459 {
		item = C.PyTuple_GetItem(t, 1459)
	}
	if n == 1460 {
		item = C.PyList_GetItem(l, 1460) // finding: borrowedref
	}
	if n == 1461 {
		item = C.PyTuple_GetItem(t, 1461)
	}
	if n == 1462 {
		item = C.PyList_GetItem(l, 1462) // finding: borrowedref
	}
	if n == 1463 {
		item = C.PyTuple_GetItem(t, 1463)
	}
	if n == 1464 {
		item = C.PyList_GetItem(l, 1464) // finding: borrowedref
	}
	if n == 1465 {
		item = C.PyTuple_GetItem(t, 1465)
	}
	if n == 1466 {
		item = C.PyList_GetItem(l, 1466) // finding: borrowedref
	}
	if n == 1467 {
		item = C.PyTuple_GetItem(t, 1467)
	}
	if n == 1468 {
		item = C.PyList_GetItem(l, 1468) // finding: borrowedref
	}
	if n == 1469 {
		item = C.PyTuple_GetItem(t, 1469)
	}
	if n == 1470 {
		item = C.PyList_GetItem(l, 1470) // finding: borrowedref
	}
	if n == 1471 {
		item = C.PyTuple_GetItem(t, 1471)
	}
	if n == 1472 {
		item = C.PyList_GetItem(l, 1472) // finding: borrowedref
	}
	if n == 1473 {
		item = C.PyTuple_GetItem(t, 1473)
	}
	if n == 1474 {
		item = C.PyList_GetItem(l, 1474) // finding: borrowedref
	}
	if n == 1475 {
		item = C.PyTuple_GetItem(t, 1475)
	}
	if n == 1476 {
		item = C.PyList_GetItem(l, 1476) // finding: borrowedref
	}
	if n == 1477 {
		item = C.PyTuple_GetItem(t, 1477)
	}
	if n == 1478 {
		item = C.PyList_GetItem(l, 1478) // finding: borrowedref
	}
	if n == 1479 {
		item = C.PyTuple_GetItem(t, 1479)
	}
	if n == 1480 {
		item = C.PyList_GetItem(l, 1480) // finding: borrowedref
	}
	if n == 1481 {
		item = C.PyTuple_GetItem(t, 1481)
	}
	if n == 1482 {
		item = C.PyList_GetItem(l, 1482) // finding: borrowedref
	}
	if n == 1483 {
		item = C.PyTuple_GetItem(t, 1483)
	}
	if n == 1484 {
		item = C.PyList_GetItem(l, 1484) // finding: borrowedref
	}
	if n == 1485 {
		item = C.PyTuple_GetItem(t, 1485)
	}
	if n == 1486 {
		item = C.PyList_GetItem(l, 1486) // finding: borrowedref
	}
	if n == 1487 {
		item = C.PyTuple_GetItem(t, 1487)
	}
	if n == 1488 {
		item = C.PyList_GetItem(l, 1488) // finding: borrowedref
	}
	if n == 1489 {
		item = C.PyTuple_GetItem(t, 1489)
	}
	if n == 1490 {
		item = C.PyList_GetItem(l, 1490) // finding: borrowedref
	}
	if n == 1491 {
		item = C.PyTuple_GetItem(t, 1491)
	}
	if n == 1492 {
		item = C.PyList_GetItem(l, 1492) // finding: borrowedref
	}
	if n == 1493 {
		item = C.PyTuple_GetItem(t, 1493)
	}
	if n == 1494 {
		item = C.PyList_GetItem(l, 1494) // finding: borrowedref
	}
	if n == 1495 {
		item = C.PyTuple_GetItem(t, 1495)
	}
	if n == 1496 {
		item = C.PyList_GetItem(l, 1496) // finding: borrowedref
	}
	if n == 1497 {
		item = C.PyTuple_GetItem(t, 1497)
	}
	if n == 1498 {
		item = C.PyList_GetItem(l, 1498) // finding: borrowedref
	}
	if n == 1499 {
		item = C.PyTuple_GetItem(t, 1499)
	}
	if n == 1500 {
		item = C.PyList_GetItem(l, 1500) // finding: borrowedref
	}
	if n == 1501 {
		item = C.PyTuple_GetItem(t, 1501)
	}
	if n == 1502 {
		item = C.PyList_GetItem(l, 1502) // finding: borrowedref
	}
	if n == 1503 {
		item = C.PyTuple_GetItem(t, 1503)
	}
	if n == 1504 {
		item = C.PyList_GetItem(l, 1504) // finding: borrowedref
	}
	if n == 1505 {
		item = C.PyTuple_GetItem(t, 1505)
	}
	if n == 1506 {
		item = C.PyList_GetItem(l, 1506) // finding: borrowedref
	}
	if n == 1507 {
		item = C.PyTuple_GetItem(t, 1507)
	}
	if n == 1508 {
		item = C.PyList_GetItem(l, 1508) // finding: borrowedref
	}
	if n == 1509 {
		item = C.PyTuple_GetItem(t, 1509)
	}
	if n == 1510 {
		item = C.PyList_GetItem(l, 1510) // finding: borrowedref
	}
	if n == 1511 {
		item = C.PyTuple_GetItem(t, 1511)
	}
	if n == 1512 {
		item = C.PyList_GetItem(l, 1512) // finding: borrowedref
	}
	if n == 1513 {
		item = C.PyTuple_GetItem(t, 1513)
	}
	if n == 1514 {
		item = C.PyList_GetItem(l, 1514) // finding: borrowedref
	}
	if n == 1515 {
		item = C.PyTuple_GetItem(t, 1515)
	}
	if n == 1516 {
		item = C.PyList_GetItem(l, 1516) // finding: borrowedref
	}
	if n == 1517 {
		item = C.PyTuple_GetItem(t, 1517)
	}
	if n == 1518 {
		item = C.PyList_GetItem(l, 1518) // finding: borrowedref
	}
	if n == 1519 {
		item = C.PyTuple_GetItem(t, 1519)
	}
	if n == 1520 {
		item = C.PyList_GetItem(l, 1520) // finding: borrowedref
	}
	if n == 1521 {
		item = C.PyTuple_GetItem(t, 1521)
	}
	if n == 1522 {
		item = C.PyList_GetItem(l, 1522) // finding: borrowedref
	}
	if n == 1523 {
		item = C.PyTuple_GetItem(t, 1523)
	}
	if n == 1524 {
		item = C.PyList_GetItem(l, 1524) // finding: borrowedref
	}
	if n == 1525 {
		item = C.PyTuple_GetItem(t, 1525)
	}
	if n == 1526 {
		item = C.PyList_GetItem(l, 1526) // finding: borrowedref
	}
	if n == 1527 {
		item = C.PyTuple_GetItem(t, 1527)
	}
	if n == 1528 {
		item = C.PyList_GetItem(l, 1528) // finding: borrowedref
	}
	if n == 1529 {
		item = C.PyTuple_GetItem(t, 1529)
	}
	if n == 1530 {
		item = C.PyList_GetItem(l, 1530) // finding: borrowedref
	}
	if n == 1531 {
		item = C.PyTuple_GetItem(t, 1531)
	}
	if n == 1532 {
		item = C.PyList_GetItem(l, 1532) // finding: borrowedref
	}
	if n == 1533 {
		item = C.PyTuple_GetItem(t, 1533)
	}
	if n == 1534 {
		item = C.PyList_GetItem(l, 1534) // finding: borrowedref
	}
	if n == 1535 {
		item = C.PyTuple_GetItem(t, 1535)
	}
	if n == 1536 {
		item = C.PyList_GetItem(l, 1536) // finding: borrowedref
	}
	if n == 1537 {
		item = C.PyTuple_GetItem(t, 1537)
	}
	if n == 1538 {
		item = C.PyList_GetItem(l, 1538) // finding: borrowedref
	}
	if n == 1539 {
		item = C.PyTuple_GetItem(t, 1539)
	}
	if n == 1540 {
		item = C.PyList_GetItem(l, 1540) // finding: borrowedref
	}
	if n == 1541 {
		item = C.PyTuple_GetItem(t, 1541)
	}
	if n == 1542 {
		item = C.PyList_GetItem(l, 1542) // finding: borrowedref
	}
	if n == 1543 {
		item = C.PyTuple_GetItem(t, 1543)
	}
	if n == 1544 {
		item = C.PyList_GetItem(l, 1544) // finding: borrowedref
	}
	if n == 1545 {
		item = C.PyTuple_GetItem(t, 1545)
	}
	if n == 1546 {
		item = C.PyList_GetItem(l, 1546) // finding: borrowedref
	}
	if n == 1547 {
		item = C.PyTuple_GetItem(t, 1547)
	}
	if n == 1548 {
		item = C.PyList_GetItem(l, 1548) // finding: borrowedref
	}
	if n == 1549 {
		item = C.PyTuple_GetItem(t, 1549)
	}
	if n == 1550 {
		item = C.PyList_GetItem(l, 1550) // finding: borrowedref
	}
	if n == 1551 {
		item = C.PyTuple_GetItem(t, 1551)
	}
	if n == 1552 {
		item = C.PyList_GetItem(l, 1552) // finding: borrowedref
	}
	if n == 1553 {
		item = C.PyTuple_GetItem(t, 1553)
	}
	if n == 1554 {
		item = C.PyList_GetItem(l, 1554) // finding: borrowedref
	}
	if n == 1555 {
		item = C.PyTuple_GetItem(t, 1555)
	}
	if n == 1556 {
		item = C.PyList_GetItem(l, 1556) // finding: borrowedref
	}
	if n == 1557 {
		item = C.PyTuple_GetItem(t, 1557)
	}
	if n == 1558 {
		item = C.PyList_GetItem(l, 1558) // finding: borrowedref
	}
	if n == 1559 {
		item = C.PyTuple_GetItem(t, 1559)
	}
	if n == 1560 {
		item = C.PyList_GetItem(l, 1560) // finding: borrowedref
	}
	if n == 1561 {
		item = C.PyTuple_GetItem(t, 1561)
	}
	if n == 1562 {
		item = C.PyList_GetItem(l, 1562) // finding: borrowedref
	}
	if n == 1563 {
		item = C.PyTuple_GetItem(t, 1563)
	}
	if n == 1564 {
		item = C.PyList_GetItem(l, 1564) // finding: borrowedref
	}
	if n == 1565 {
		item = C.PyTuple_GetItem(t, 1565)
	}
	if n == 1566 {
		item = C.PyList_GetItem(l, 1566) // finding: borrowedref
	}
	if n == 1567 {
		item = C.PyTuple_GetItem(t, 1567)
	}
	if n == 1568 {
		item = C.PyList_GetItem(l, 1568) // finding: borrowedref
	}
	if n == 1569 {
		item = C.PyTuple_GetItem(t, 1569)
	}
	if n == 1570 {
		item = C.PyList_GetItem(l, 1570) // finding: borrowedref
	}
	if n == 1571 {
		item = C.PyTuple_GetItem(t, 1571)
	}
	if n == 1572 {
		item = C.PyList_GetItem(l, 1572) // finding: borrowedref
	}
	if n == 1573 {
		item = C.PyTuple_GetItem(t, 1573)
	}
	if n == 1574 {
		item = C.PyList_GetItem(l, 1574) // finding: borrowedref
	}
	if n == 1575 {
		item = C.PyTuple_GetItem(t, 1575)
	}
	if n == 1576 {
		item = C.PyList_GetItem(l, 1576) // finding: borrowedref
	}
	if n == 1577 {
		item = C.PyTuple_GetItem(t, 1577)
	}
	if n == 1578 {
		item = C.PyList_GetItem(l, 1578) // finding: borrowedref
	}
	if n == 1579 {
		item = C.PyTuple_GetItem(t, 1579)
	}
	if n == 1580 {
		item = C.PyList_GetItem(l, 1580) // finding: borrowedref
	}
	if n == 1581 {
		item = C.PyTuple_GetItem(t, 1581)
	}
	if n == 1582 {
		item = C.PyList_GetItem(l, 1582) // finding: borrowedref
	}
	if n == 1583 {
		item = C.PyTuple_GetItem(t, 1583)
	}
	if n == 1584 {
		item = C.PyList_GetItem(l, 1584) // finding: borrowedref
	}
	if n == 1585 {
		item = C.PyTuple_GetItem(t, 1585)
	}
	if n == 1586 {
		item = C.PyList_GetItem(l, 1586) // finding: borrowedref
	}
	if n == 1587 {
		item = C.PyTuple_GetItem(t, 1587)
	}
	if n == 1588 {
		item = C.PyList_GetItem(l, 1588) // finding: borrowedref
	}
	if n == 1589 {
		item = C.PyTuple_GetItem(t, 1589)
	}
	if n == 1590 {
		item = C.PyList_GetItem(l, 1590) // finding: borrowedref
	}
	if n == 1591 {
		item = C.PyTuple_GetItem(t, 1591)
	}
	if n == 1592 {
		item = C.PyList_GetItem(l, 1592) // finding: borrowedref
	}
	if n == 1593 {
		item = C.PyTuple_GetItem(t, 1593)
	}
	if n == 1594 {
		item = C.PyList_GetItem(l, 1594) // finding: borrowedref
	}
	if n == 1595 {
		item = C.PyTuple_GetItem(t, 1595)
	}
	if n == 1596 {
		item = C.PyList_GetItem(l, 1596) // finding: borrowedref
	}
	if n == 1597 {
		item = C.PyTuple_GetItem(t, 1597)
	}
	if n == 1598 {
		item = C.PyList_GetItem(l, 1598) // finding: borrowedref
	}
	if n == 1599 {
		item = C.PyTuple_GetItem(t, 1599)
	}
	if n == 1600 {
		item = C.PyList_GetItem(l, 1600) // finding: borrowedref
	}
	if n == 1601 {
		item = C.PyTuple_GetItem(t, 1601)
	}
	if n == 1602 {
		item = C.PyList_GetItem(l, 1602) // finding: borrowedref
	}
	if n == 1603 {
		item = C.PyTuple_GetItem(t, 1603)
	}
	if n == 1604 {
		item = C.PyList_GetItem(l, 1604) // finding: borrowedref
	}
	if n == 1605 {
		item = C.PyTuple_GetItem(t, 1605)
	}
	if n == 1606 {
		item = C.PyList_GetItem(l, 1606) // finding: borrowedref
	}
	if n == 1607 {
		item = C.PyTuple_GetItem(t, 1607)
	}
	if n == 1608 {
		item = C.PyList_GetItem(l, 1608) // finding: borrowedref
	}
	if n == 1609 {
		item = C.PyTuple_GetItem(t, 1609)
	}
	if n == 1610 {
		item = C.PyList_GetItem(l, 1610) // finding: borrowedref
	}
	if n == 1611 {
		item = C.PyTuple_GetItem(t, 1611)
	}
	if n == 1612 {
		item = C.PyList_GetItem(l, 1612) // finding: borrowedref
	}
	if n == 1613 {
		item = C.PyTuple_GetItem(t, 1613)
	}
	if n == 1614 {
		item = C.PyList_GetItem(l, 1614) // finding: borrowedref
	}
	if n == 1615 {
		item = C.PyTuple_GetItem(t, 1615)
	}
	if n == 1616 {
		item = C.PyList_GetItem(l, 1616) // finding: borrowedref
	}
	if n == 1617 {
		item = C.PyTuple_GetItem(t, 1617)
	}
	if n == 1618 {
		item = C.PyList_GetItem(l, 1618) // finding: borrowedref
	}
	if n == 1619 {
		item = C.PyTuple_GetItem(t, 1619)
	}
	if n == 1620 {
		item = C.PyList_GetItem(l, 1620) // finding: borrowedref
	}
	if n == 1621 {
		item = C.PyTuple_GetItem(t, 1621)
	}
	if n == 1622 {
		item = C.PyList_GetItem(l, 1622) // finding: borrowedref
	}
	if n == 1623 {
		item = C.PyTuple_GetItem(t, 1623)
	}
	if n == 1624 {
		item = C.PyList_GetItem(l, 1624) // finding: borrowedref
	}
	if n == 1625 {
		item = C.PyTuple_GetItem(t, 1625)
	}
	if n == 1626 {
		item = C.PyList_GetItem(l, 1626) // finding: borrowedref
	}
	if n == 1627 {
		item = C.PyTuple_GetItem(t, 1627)
	}
	if n == 1628 {
		item = C.PyList_GetItem(l, 1628) // finding: borrowedref
	}
	if n == 1629 {
		item = C.PyTuple_GetItem(t, 1629)
	}
	if n == 1630 {
		item = C.PyList_GetItem(l, 1630) // finding: borrowedref
	}
	if n == 1631 {
		item = C.PyTuple_GetItem(t, 1631)
	}
	if n == 1632 {
		item = C.PyList_GetItem(l, 1632) // finding: borrowedref
	}
	if n == 1633 {
		item = C.PyTuple_GetItem(t, 1633)
	}
	if n == 1634 {
		item = C.PyList_GetItem(l, 1634) // finding: borrowedref
	}
	if n == 1635 {
		item = C.PyTuple_GetItem(t, 1635)
	}
	if n == 1636 {
		item = C.PyList_GetItem(l, 1636) // finding: borrowedref
	}
	if n == 1637 {
		item = C.PyTuple_GetItem(t, 1637)
	}
	if n == 1638 {
		item = C.PyList_GetItem(l, 1638) // finding: borrowedref
	}
	if n == 1639 {
		item = C.PyTuple_GetItem(t, 1639)
	}
	if n == 1640 {
		item = C.PyList_GetItem(l, 1640) // finding: borrowedref
	}
	if n == 1641 {
		item = C.PyTuple_GetItem(t, 1641)
	}
	if n == 1642 {
		item = C.PyList_GetItem(l, 1642) // finding: borrowedref
	}
	if n == 1643 {
		item = C.PyTuple_GetItem(t, 1643)
	}
	if n == 1644 {
		item = C.PyList_GetItem(l, 1644) // finding: borrowedref
	}
	if n == 1645 {
		item = C.PyTuple_GetItem(t, 1645)
	}
	if n == 1646 {
		item = C.PyList_GetItem(l, 1646) // finding: borrowedref
	}
	if n == 1647 {
		item = C.PyTuple_GetItem(t, 1647)
	}
	if n == 1648 {
		item = C.PyList_GetItem(l, 1648) // finding: borrowedref
	}
	if n == 1649 {
		item = C.PyTuple_GetItem(t, 1649)
	}
	if n == 1650 {
		item = C.PyList_GetItem(l, 1650) // finding: borrowedref
	}
	if n == 1651 {
		item = C.PyTuple_GetItem(t, 1651)
	}
	if n == 1652 {
		item = C.PyList_GetItem(l, 1652) // finding: borrowedref
	}
	if n == 1653 {
		item = C.PyTuple_GetItem(t, 1653)
	}
	if n == 1654 {
		item = C.PyList_GetItem(l, 1654) // finding: borrowedref
	}
	if n == 1655 {
		item = C.PyTuple_GetItem(t, 1655)
	}
	if n == 1656 {
		item = C.PyList_GetItem(l, 1656) // finding: borrowedref
	}
	if n == 1657 {
		item = C.PyTuple_GetItem(t, 1657)
	}
	if n == 1658 {
		item = C.PyList_GetItem(l, 1658) // finding: borrowedref
	}
	if n == 1659 {
		item = C.PyTuple_GetItem(t, 1659)
	}
	if n == 1660 {
		item = C.PyList_GetItem(l, 1660) // finding: borrowedref
	}
	if n == 1661 {
		item = C.PyTuple_GetItem(t, 1661)
	}
	if n == 1662 {
		item = C.PyList_GetItem(l, 1662) // finding: borrowedref
	}
	if n == 1663 {
		item = C.PyTuple_GetItem(t, 1663)
	}
	if n == 1664 {
		item = C.PyList_GetItem(l, 1664) // finding: borrowedref
	}
	if n == 1665 {
		item = C.PyTuple_GetItem(t, 1665)
	}
	if n == 1666 {
		item = C.PyList_GetItem(l, 1666) // finding: borrowedref
	}
	if n == 1667 {
		item = C.PyTuple_GetItem(t, 1667)
	}
	if n == 1668 {
		item = C.PyList_GetItem(l, 1668) // finding: borrowedref
	}
	if n == 1669 {
		item = C.PyTuple_GetItem(t, 1669)
	}
	if n == 1670 {
		item = C.PyList_GetItem(l, 1670) // finding: borrowedref
	}
	if n == 1671 {
		item = C.PyTuple_GetItem(t, 1671)
	}
	if n == 1672 {
		item = C.PyList_GetItem(l, 1672) // finding: borrowedref
	}
	if n == 1673 {
		item = C.PyTuple_GetItem(t, 1673)
	}
	if n == 1674 {
		item = C.PyList_GetItem(l, 1674) // finding: borrowedref
	}
	if n == 1675 {
		item = C.PyTuple_GetItem(t, 1675)
	}
	if n == 1676 {
		item = C.PyList_GetItem(l, 1676) // finding: borrowedref
	}
	if n == 1677 {
		item = C.PyTuple_GetItem(t, 1677)
	}
	if n == 1678 {
		item = C.PyList_GetItem(l, 1678) // finding: borrowedref
	}
	if n == 1679 {
		item = C.PyTuple_GetItem(t, 1679)
	}
	if n == 1680 {
		item = C.PyList_GetItem(l, 1680) // finding: borrowedref
	}
	if n == 1681 {
		item = C.PyTuple_GetItem(t, 1681)
	}
	if n == 1682 {
		item = C.PyList_GetItem(l, 1682) // finding: borrowedref
	}
	if n == 1683 {
		item = C.PyTuple_GetItem(t, 1683)
	}
	if n == 1684 {
		item = C.PyList_GetItem(l, 1684) // finding: borrowedref
	}
	if n == 1685 {
		item = C.PyTuple_GetItem(t, 1685)
	}
	if n == 1686 {
		item = C.PyList_GetItem(l, 1686) // finding: borrowedref
	}
	if n == 1687 {
		item = C.PyTuple_GetItem(t, 1687)
	}
	if n == 1688 {
		item = C.PyList_GetItem(l, 1688) // finding: borrowedref
	}
	if n == 1689 {
		item = C.PyTuple_GetItem(t, 1689)
	}
	if n == 1690 {
		item = C.PyList_GetItem(l, 1690) // finding: borrowedref
	}
	if n == 1691 {
		item = C.PyTuple_GetItem(t, 1691)
	}
	if n == 1692 {
		item = C.PyList_GetItem(l, 1692) // finding: borrowedref
	}
	if n == 1693 {
		item = C.PyTuple_GetItem(t, 1693)
	}
	if n == 1694 {
		item = C.PyList_GetItem(l, 1694) // finding: borrowedref
	}
	if n == 1695 {
		item = C.PyTuple_GetItem(t, 1695)
	}
	if n == 1696 {
		item = C.PyList_GetItem(l, 1696) // finding: borrowedref
	}
	if n == 1697 {
		item = C.PyTuple_GetItem(t, 1697)
	}
	if n == 1698 {
		item = C.PyList_GetItem(l, 1698) // finding: borrowedref
	}
	if n == 1699 {
		item = C.PyTuple_GetItem(t, 1699)
	}
	if n == 1700 {
		item = C.PyList_GetItem(l, 1700) // finding: borrowedref
	}
	if n == 1701 {
		item = C.PyTuple_GetItem(t, 1701)
	}
	if n == 1702 {
		item = C.PyList_GetItem(l, 1702) // finding: borrowedref
	}
	if n == 1703 {
		item = C.PyTuple_GetItem(t, 1703)
	}
	if n == 1704 {
		item = C.PyList_GetItem(l, 1704) // finding: borrowedref
	}
	if n == 1705 {
		item = C.PyTuple_GetItem(t, 1705)
	}
	if n == 1706 {
		item = C.PyList_GetItem(l, 1706) // finding: borrowedref
	}
	if n == 1707 {
		item = C.PyTuple_GetItem(t, 1707)
	}
	if n == 1708 {
		item = C.PyList_GetItem(l, 1708) // finding: borrowedref
	}
	if n == 1709 {
		item = C.PyTuple_GetItem(t, 1709)
	}
	if n == 1710 {
		item = C.PyList_GetItem(l, 1710) // finding: borrowedref
	}
	if n == 1711 {
		item = C.PyTuple_GetItem(t, 1711)
	}
	if n == 1712 {
		item = C.PyList_GetItem(l, 1712) // finding: borrowedref
	}
	if n == 1713 {
		item = C.PyTuple_GetItem(t, 1713)
	}
	if n == 1714 {
		item = C.PyList_GetItem(l, 1714) // finding: borrowedref
	}
	if n == 1715 {
		item = C.PyTuple_GetItem(t, 1715)
	}
	if n == 1716 {
		item = C.PyList_GetItem(l, 1716) // finding: borrowedref
	}
	if n == 1717 {
		item = C.PyTuple_GetItem(t, 1717)
	}
	if n == 1718 {
		item = C.PyList_GetItem(l, 1718) // finding: borrowedref
	}
	if n == 1719 {
		item = C.PyTuple_GetItem(t, 1719)
	}
	if n == 1720 {
		item = C.PyList_GetItem(l, 1720) // finding: borrowedref
	}
	if n == 1721 {
		item = C.PyTuple_GetItem(t, 1721)
	}
	if n == 1722 {
		item = C.PyList_GetItem(l, 1722) // finding: borrowedref
	}
	if n == 1723 {
		item = C.PyTuple_GetItem(t, 1723)
	}
	if n == 1724 {
		item = C.PyList_GetItem(l, 1724) // finding: borrowedref
	}
	if n == 1725 {
		item = C.PyTuple_GetItem(t, 1725)
	}
	if n == 1726 {
		item = C.PyList_GetItem(l, 1726) // finding: borrowedref
	}
	if n == 1727 {
		item = C.PyTuple_GetItem(t, 1727)
	}
	if n == 1728 {
		item = C.PyList_GetItem(l, 1728) // finding: borrowedref
	}
	if n == 1729 {
		item = C.PyTuple_GetItem(t, 1729)
	}
	if n == 1730 {
		item = C.PyList_GetItem(l, 1730) // finding: borrowedref
	}
	if n == 1731 {
		item = C.PyTuple_GetItem(t, 1731)
	}
	if n == 1732 {
		item = C.PyList_GetItem(l, 1732) // finding: borrowedref
	}
	if n == 1733 {
		item = C.PyTuple_GetItem(t, 1733)
	}
	if n == 1734 {
		item = C.PyList_GetItem(l, 1734) // finding: borrowedref
	}
	if n == 1735 {
		item = C.PyTuple_GetItem(t, 1735)
	}
	if n == 1736 {
		item = C.PyList_GetItem(l, 1736) // finding: borrowedref
	}
	if n == 1737 {
		item = C.PyTuple_GetItem(t, 1737)
	}
	if n == 1738 {
		item = C.PyList_GetItem(l, 1738) // finding: borrowedref
	}
	if n == 1739 {
		item = C.PyTuple_GetItem(t, 1739)
	}
	if n == 1740 {
		item = C.PyList_GetItem(l, 1740) // finding: borrowedref
	}
	if n == 1741 {
		item = C.PyTuple_GetItem(t, 1741)
	}
	if n == 1742 {
		item = C.PyList_GetItem(l, 1742) // finding: borrowedref
	}
	if n == 1743 {
		item = C.PyTuple_GetItem(t, 1743)
	}
	if n == 1744 {
		item = C.PyList_GetItem(l, 1744) // finding: borrowedref
	}
	if n == 1745 {
		item = C.PyTuple_GetItem(t, 1745)
	}
	if n == 1746 {
		item = C.PyList_GetItem(l, 1746) // finding: borrowedref
	}
	if n == 1747 {
		item = C.PyTuple_GetItem(t, 1747)
	}
	if n == 1748 {
		item = C.PyList_GetItem(l, 1748) // finding: borrowedref
	}
	if n == 1749 {
		item = C.PyTuple_GetItem(t, 1749)
	}
	if n == 1750 {
		item = C.PyList_GetItem(l, 1750) // finding: borrowedref
	}
	if n == 1751 {
		item = C.PyTuple_GetItem(t, 1751)
	}
	if n == 1752 {
		item = C.PyList_GetItem(l, 1752) // finding: borrowedref
	}
	if n == 1753 {
		item = C.PyTuple_GetItem(t, 1753)
	}
	if n == 1754 {
		item = C.PyList_GetItem(l, 1754) // finding: borrowedref
	}
	if n == 1755 {
		item = C.PyTuple_GetItem(t, 1755)
	}
	if n == 1756 {
		item = C.PyList_GetItem(l, 1756) // finding: borrowedref
	}
	if n == 1757 {
		item = C.PyTuple_GetItem(t, 1757)
	}
	if n == 1758 {
		item = C.PyList_GetItem(l, 1758) // finding: borrowedref
	}
	if n == 1759 {
		item = C.PyTuple_GetItem(t, 1759)
	}
	if n == 1760 {
		item = C.PyList_GetItem(l, 1760) // finding: borrowedref
	}
	if n == 1761 {
		item = C.PyTuple_GetItem(t, 1761)
	}
	if n == 1762 {
		item = C.PyList_GetItem(l, 1762) // finding: borrowedref
	}
	if n == 1763 {
		item = C.PyTuple_GetItem(t, 1763)
	}
	if n == 1764 {
		item = C.PyList_GetItem(l, 1764) // finding: borrowedref
	}
	if n == 1765 {
		item = C.PyTuple_GetItem(t, 1765)
	}
	if n == 1766 {
		item = C.PyList_GetItem(l, 1766) // finding: borrowedref
	}
	if n == 1767 {
		item = C.PyTuple_GetItem(t, 1767)
	}
	if n == 1768 {
		item = C.PyList_GetItem(l, 1768) // finding: borrowedref
	}
	if n == 1769 {
		item = C.PyTuple_GetItem(t, 1769)
	}
	if n == 1770 {
		item = C.PyList_GetItem(l, 1770) // finding: borrowedref
	}
	if n == 1771 {
		item = C.PyTuple_GetItem(t, 1771)
	}
	if n == 1772 {
		item = C.PyList_GetItem(l, 1772) // finding: borrowedref
	}
	if n == 1773 {
		item = C.PyTuple_GetItem(t, 1773)
	}
	if n == 1774 {
		item = C.PyList_GetItem(l, 1774) // finding: borrowedref
	}
	if n == 1775 {
		item = C.PyTuple_GetItem(t, 1775)
	}
	if n == 1776 {
		item = C.PyList_GetItem(l, 1776) // finding: borrowedref
	}
	if n == 1777 {
		item = C.PyTuple_GetItem(t, 1777)
	}
	if n == 1778 {
		item = C.PyList_GetItem(l, 1778) // finding: borrowedref
	}
	if n == 1779 {
		item = C.PyTuple_GetItem(t, 1779)
	}
	if n == 1780 {
		item = C.PyList_GetItem(l, 1780) // finding: borrowedref
	}
	if n == 1781 {
		item = C.PyTuple_GetItem(t, 1781)
	}
	if n == 1782 {
		item = C.PyList_GetItem(l, 1782) // finding: borrowedref
	}
	if n == 1783 {
		item = C.PyTuple_GetItem(t, 1783)
	}
	if n == 1784 {
		item = C.PyList_GetItem(l, 1784) // finding: borrowedref
	}
	if n == 1785 {
		item = C.PyTuple_GetItem(t, 1785)
	}
	if n == 1786 {
		item = C.PyList_GetItem(l, 1786) // finding: borrowedref
	}
	if n == 1787 {
		item = C.PyTuple_GetItem(t, 1787)
	}
	if n == 1788 {
		item = C.PyList_GetItem(l, 1788) // finding: borrowedref
	}
	if n == 1789 {
		item = C.PyTuple_GetItem(t, 1789)
	}
	if n == 1790 {
		item = C.PyList_GetItem(l, 1790) // finding: borrowedref
	}
	if n == 1791 {
		item = C.PyTuple_GetItem(t, 1791)
	}
	if n == 1792 {
		item = C.PyList_GetItem(l, 1792) // finding: borrowedref
	}
	if n == 1793 {
		item = C.PyTuple_GetItem(t, 1793)
	}
	if n == 1794 {
		item = C.PyList_GetItem(l, 1794) // finding: borrowedref
	}
	if n == 1795 {
		item = C.PyTuple_GetItem(t, 1795)
	}
	if n == 1796 {
		item = C.PyList_GetItem(l, 1796) // finding: borrowedref
	}
	if n == 1797 {
		item = C.PyTuple_GetItem(t, 1797)
	}
	if n == 1798 {
		item = C.PyList_GetItem(l, 1798) // finding: borrowedref
	}
	if n == 1799 {
		item = C.PyTuple_GetItem(t, 1799)
	}
	if n == 1800 {
		item = C.PyList_GetItem(l, 1800) // finding: borrowedref
	}
	if n == 1801 {
		item = C.PyTuple_GetItem(t, 1801)
	}
	if n == 1802 {
		item = C.PyList_GetItem(l, 1802) // finding: borrowedref
	}
	if n == 1803 {
		item = C.PyTuple_GetItem(t, 1803)
	}
	if n == 1804 {
		item = C.PyList_GetItem(l, 1804) // finding: borrowedref
	}
	if n == 1805 {
		item = C.PyTuple_GetItem(t, 1805)
	}
	if n == 1806 {
		item = C.PyList_GetItem(l, 1806) // finding: borrowedref
	}
	if n == 1807 {
		item = C.PyTuple_GetItem(t, 1807)
	}
	if n == 1808 {
		item = C.PyList_GetItem(l, 1808) // finding: borrowedref
	}
	if n == 1809 {
		item = C.PyTuple_GetItem(t, 1809)
	}
	if n == 1810 {
		item = C.PyList_GetItem(l, 1810) // finding: borrowedref
	}
	if n == 1811 {
		item = C.PyTuple_GetItem(t, 1811)
	}
	if n == 1812 {
		item = C.PyList_GetItem(l, 1812) // finding: borrowedref
	}
	if n == 1813 {
		item = C.PyTuple_GetItem(t, 1813)
	}
	if n == 1814 {
		item = C.PyList_GetItem(l, 1814) // finding: borrowedref
	}
	if n == 1815 {
		item = C.PyTuple_GetItem(t, 1815)
	}
	if n == 1816 {
		item = C.PyList_GetItem(l, 1816) // finding: borrowedref
	}
	if n == 1817 {
		item = C.PyTuple_GetItem(t, 1817)
	}
	if n == 1818 {
		item = C.PyList_GetItem(l, 1818) // finding: borrowedref
	}
	if n == 1819 {
		item = C.PyTuple_GetItem(t, 1819)
	}
	if n == 1820 {
		item = C.PyList_GetItem(l, 1820) // finding: borrowedref
	}
	if n == 1821 {
		item = C.PyTuple_GetItem(t, 1821)
	}
	if n == 1822 {
		item = C.PyList_GetItem(l, 1822) // finding: borrowedref
	}
	if n == 1823 {
		item = C.PyTuple_GetItem(t, 1823)
	}
	if n == 1824 {
		item = C.PyList_GetItem(l, 1824) // finding: borrowedref
	}
	if n == 1825 {
		item = C.PyTuple_GetItem(t, 1825)
	}
	if n == 1826 {
		item = C.PyList_GetItem(l, 1826) // finding: borrowedref
	}
	if n == 1827 {
		item = C.PyTuple_GetItem(t, 1827)
	}
	if n == 1828 {
		item = C.PyList_GetItem(l, 1828) // finding: borrowedref
	}
	if n == 1829 {
		item = C.PyTuple_GetItem(t, 1829)
	}
	if n == 1830 {
		item = C.PyList_GetItem(l, 1830) // finding: borrowedref
	}
	if n == 1831 {
		item = C.PyTuple_GetItem(t, 1831)
	}
	if n == 1832 {
		item = C.PyList_GetItem(l, 1832) // finding: borrowedref
	}
	if n == 1833 {
		item = C.PyTuple_GetItem(t, 1833)
	}
	if n == 1834 {
		item = C.PyList_GetItem(l, 1834) // finding: borrowedref
	}
	if n == 1835 {
		item = C.PyTuple_GetItem(t, 1835)
	}
	if n == 1836 {
		item = C.PyList_GetItem(l, 1836) // finding: borrowedref
	}
	if n == 1837 {
		item = C.PyTuple_GetItem(t, 1837)
	}
	if n == 1838 {
		item = C.PyList_GetItem(l, 1838) // finding: borrowedref
	}
	if n == 1839 {
		item = C.PyTuple_GetItem(t, 1839)
	}
	if n == 1840 {
		item = C.PyList_GetItem(l, 1840) // finding: borrowedref
	}
	if n == 1841 {
		item = C.PyTuple_GetItem(t, 1841)
	}
	if n == 1842 {
		item = C.PyList_GetItem(l, 1842) // finding: borrowedref
	}
	if n == 1843 {
		item = C.PyTuple_GetItem(t, 1843)
	}
	if n == 1844 {
		item = C.PyList_GetItem(l, 1844) // finding: borrowedref
	}
	if n == 1845 {
		item = C.PyTuple_GetItem(t, 1845)
	}
	if n == 1846 {
		item = C.PyList_GetItem(l, 1846) // finding: borrowedref
	}
	if n == 1847 {
		item = C.PyTuple_GetItem(t, 1847)
	}
	if n == 1848 {
		item = C.PyList_GetItem(l, 1848) // finding: borrowedref
	}
	if n == 1849 {
		item = C.PyTuple_GetItem(t, 1849)
	}
	if n == 1850 {
		item = C.PyList_GetItem(l, 1850) // finding: borrowedref
	}
	if n == 1851 {
		item = C.PyTuple_GetItem(t, 1851)
	}
	if n == 1852 {
		item = C.PyList_GetItem(l, 1852) // finding: borrowedref
	}
	if n == 1853 {
		item = C.PyTuple_GetItem(t, 1853)
	}
	if n == 1854 {
		item = C.PyList_GetItem(l, 1854) // finding: borrowedref
	}
	if n == 1855 {
		item = C.PyTuple_GetItem(t, 1855)
	}
	if n == 1856 {
		item = C.PyList_GetItem(l, 1856) // finding: borrowedref
	}
	if n == 1857 {
		item = C.PyTuple_GetItem(t, 1857)
	}
	if n == 1858 {
		item = C.PyList_GetItem(l, 1858) // finding: borrowedref
	}
	if n == 1859 {
		item = C.PyTuple_GetItem(t, 1859)
	}
	if n == 1860 {
		item = C.PyList_GetItem(l, 1860) // finding: borrowedref
	}
	if n == 1861 {
		item = C.PyTuple_GetItem(t, 1861)
	}
	if n == 1862 {
		item = C.PyList_GetItem(l, 1862) // finding: borrowedref
	}
	if n == 1863 {
		item = C.PyTuple_GetItem(t, 1863)
	}
	if n == 1864 {
		item = C.PyList_GetItem(l, 1864) // finding: borrowedref
	}
	if n == 1865 {
		item = C.PyTuple_GetItem(t, 1865)
	}
	if n == 1866 {
		item = C.PyList_GetItem(l, 1866) // finding: borrowedref
	}
	if n == 1867 {
		item = C.PyTuple_GetItem(t, 1867)
	}
	if n == 1868 {
		item = C.PyList_GetItem(l, 1868) // finding: borrowedref
	}
	if n == 1869 {
		item = C.PyTuple_GetItem(t, 1869)
	}
	if n == 1870 {
		item = C.PyList_GetItem(l, 1870) // finding: borrowedref
	}
	if n == 1871 {
		item = C.PyTuple_GetItem(t, 1871)
	}
	if n == 1872 {
		item = C.PyList_GetItem(l, 1872) // finding: borrowedref
	}
	if n == 1873 {
		item = C.PyTuple_GetItem(t, 1873)
	}
	if n == 1874 {
		item = C.PyList_GetItem(l, 1874) // finding: borrowedref
	}
	if n == 1875 {
		item = C.PyTuple_GetItem(t, 1875)
	}
	if n == 1876 {
		item = C.PyList_GetItem(l, 1876) // finding: borrowedref
	}
	if n == 1877 {
		item = C.PyTuple_GetItem(t, 1877)
	}
	if n == 1878 {
		item = C.PyList_GetItem(l, 1878) // finding: borrowedref
	}
	if n == 1879 {
		item = C.PyTuple_GetItem(t, 1879)
	}
	if n == 1880 {
		item = C.PyList_GetItem(l, 1880) // finding: borrowedref
	}
	if n == 1881 {
		item = C.PyTuple_GetItem(t, 1881)
	}
	if n == 1882 {
		item = C.PyList_GetItem(l, 1882) // finding: borrowedref
	}
	if n == 1883 {
		item = C.PyTuple_GetItem(t, 1883)
	}
	if n == 1884 {
		item = C.PyList_GetItem(l, 1884) // finding: borrowedref
	}
	if n == 1885 {
		item = C.PyTuple_GetItem(t, 1885)
	}
	if n == 1886 {
		item = C.PyList_GetItem(l, 1886) // finding: borrowedref
	}
	if n == 1887 {
		item = C.PyTuple_GetItem(t, 1887)
	}
	if n == 1888 {
		item = C.PyList_GetItem(l, 1888) // finding: borrowedref
	}
	if n == 1889 {
		item = C.PyTuple_GetItem(t, 1889)
	}
	if n == 1890 {
		item = C.PyList_GetItem(l, 1890) // finding: borrowedref
	}
	if n == 1891 {
		item = C.PyTuple_GetItem(t, 1891)
	}
	if n == 1892 {
		item = C.PyList_GetItem(l, 1892) // finding: borrowedref
	}
	if n == 1893 {
		item = C.PyTuple_GetItem(t, 1893)
	}
	if n == 1894 {
		item = C.PyList_GetItem(l, 1894) // finding: borrowedref
	}
	if n == 1895 {
		item = C.PyTuple_GetItem(t, 1895)
	}
	if n == 1896 {
		item = C.PyList_GetItem(l, 1896) // finding: borrowedref
	}
	if n == 1897 {
		item = C.PyTuple_GetItem(t, 1897)
	}
	if n == 1898 {
		item = C.PyList_GetItem(l, 1898) // finding: borrowedref
	}
	if n == 1899 {
		item = C.PyTuple_GetItem(t, 1899)
	}
	if n == 1900 {
		item = C.PyList_GetItem(l, 1900) // finding: borrowedref
	}
	if n == 1901 {
		item = C.PyTuple_GetItem(t, 1901)
	}
	if n == 1902 {
		item = C.PyList_GetItem(l, 1902) // finding: borrowedref
	}
	if n == 1903 {
		item = C.PyTuple_GetItem(t, 1903)
	}
	if n == 1904 {
		item = C.PyList_GetItem(l, 1904) // finding: borrowedref
	}
	if n == 1905 {
		item = C.PyTuple_GetItem(t, 1905)
	}
	if n == 1906 {
		item = C.PyList_GetItem(l, 1906) // finding: borrowedref
	}
	if n == 1907 {
		item = C.PyTuple_GetItem(t, 1907)
	}
	if n == 1908 {
		item = C.PyList_GetItem(l, 1908) // finding: borrowedref
	}
	if n == 1909 {
		item = C.PyTuple_GetItem(t, 1909)
	}
	if n == 1910 {
		item = C.PyList_GetItem(l, 1910) // finding: borrowedref
	}
	if n == 1911 {
		item = C.PyTuple_GetItem(t, 1911)
	}
	if n == 1912 {
		item = C.PyList_GetItem(l, 1912) // finding: borrowedref
	}
	if n == 1913 {
		item = C.PyTuple_GetItem(t, 1913)
	}
	if n == 1914 {
		item = C.PyList_GetItem(l, 1914) // finding: borrowedref
	}
	if n == 1915 {
		item = C.PyTuple_GetItem(t, 1915)
	}
	if n == 1916 {
		item = C.PyList_GetItem(l, 1916) // finding: borrowedref
	}
	if n == 1917 {
		item = C.PyTuple_GetItem(t, 1917)
	}
	if n == 1918 {
		item = C.PyList_GetItem(l, 1918) // finding: borrowedref
	}
	if n == 1919 {
		item = C.PyTuple_GetItem(t, 1919)
	}
	if n == 1920 {
		item = C.PyList_GetItem(l, 1920) // finding: borrowedref
	}
	if n == 1921 {
		item = C.PyTuple_GetItem(t, 1921)
	}
	if n == 1922 {
		item = C.PyList_GetItem(l, 1922) // finding: borrowedref
	}
	if n == 1923 {
		item = C.PyTuple_GetItem(t, 1923)
	}
	if n == 1924 {
		item = C.PyList_GetItem(l, 1924) // finding: borrowedref
	}
	if n == 1925 {
		item = C.PyTuple_GetItem(t, 1925)
	}
	if n == 1926 {
		item = C.PyList_GetItem(l, 1926) // finding: borrowedref
	}
	if n == 1927 {
		item = C.PyTuple_GetItem(t, 1927)
	}
	if n == 1928 {
		item = C.PyList_GetItem(l, 1928) // finding: borrowedref
	}
	if n == 1929 {
		item = C.PyTuple_GetItem(t, 1929)
	}
	if n == 1930 {
		item = C.PyList_GetItem(l, 1930) // finding: borrowedref
	}
	if n == 1931 {
		item = C.PyTuple_GetItem(t, 1931)
	}
	if n == 1932 {
		item = C.PyList_GetItem(l, 1932) // finding: borrowedref
	}
	if n == 1933 {
		item = C.PyTuple_GetItem(t, 1933)
	}
	if n == 1934 {
		item = C.PyList_GetItem(l, 1934) // finding: borrowedref
	}
	if n == 1935 {
		item = C.PyTuple_GetItem(t, 1935)
	}
	if n == 1936 {
		item = C.PyList_GetItem(l, 1936) // finding: borrowedref
	}
	if n == 1937 {
		item = C.PyTuple_GetItem(t, 1937)
	}
	if n == 1938 {
		item = C.PyList_GetItem(l, 1938) // finding: borrowedref
	}
	if n == 1939 {
		item = C.PyTuple_GetItem(t, 1939)
	}
	if n == 1940 {
		item = C.PyList_GetItem(l, 1940) // finding: borrowedref
	}
	if n == 1941 {
		item = C.PyTuple_GetItem(t, 1941)
	}
	if n == 1942 {
		item = C.PyList_GetItem(l, 1942) // finding: borrowedref
	}
	if n == 1943 {
		item = C.PyTuple_GetItem(t, 1943)
	}
	if n == 1944 {
		item = C.PyList_GetItem(l, 1944) // finding: borrowedref
	}
	if n == 1945 {
		item = C.PyTuple_GetItem(t, 1945)
	}
	if n == 1946 {
		item = C.PyList_GetItem(l, 1946) // finding: borrowedref
	}
	if n == 1947 {
		item = C.PyTuple_GetItem(t, 1947)
	}
	if n == 1948 {
		item = C.PyList_GetItem(l, 1948) // finding: borrowedref
	}
	if n == 1949 {
		item = C.PyTuple_GetItem(t, 1949)
	}
	if n == 1950 {
		item = C.PyList_GetItem(l, 1950) // finding: borrowedref
	}
	if n == 1951 {
		item = C.PyTuple_GetItem(t, 1951)
	}
	if n == 1952 {
		item = C.PyList_GetItem(l, 1952) // finding: borrowedref
	}
	if n == 1953 {
		item = C.PyTuple_GetItem(t, 1953)
	}
	if n == 1954 {
		item = C.PyList_GetItem(l, 1954) // finding: borrowedref
	}
	if n == 1955 {
		item = C.PyTuple_GetItem(t, 1955)
	}
	if n == 1956 {
		item = C.PyList_GetItem(l, 1956) // finding: borrowedref
	}
	if n == 1957 {
		item = C.PyTuple_GetItem(t, 1957)
	}
	if n == 1958 {
		item = C.PyList_GetItem(l, 1958) // finding: borrowedref
	}
	if n == 1959 {
		item = C.PyTuple_GetItem(t, 1959)
	}
	if n == 1960 {
		item = C.PyList_GetItem(l, 1960) // finding: borrowedref
	}
	if n == 1961 {
		item = C.PyTuple_GetItem(t, 1961)
	}
	if n == 1962 {
		item = C.PyList_GetItem(l, 1962) // finding: borrowedref
	}
	if n == 1963 {
		item = C.PyTuple_GetItem(t, 1963)
	}
	if n == 1964 {
		item = C.PyList_GetItem(l, 1964) // finding: borrowedref
	}
	if n == 1965 {
		item = C.PyTuple_GetItem(t, 1965)
	}
	if n == 1966 {
		item = C.PyList_GetItem(l, 1966) // finding: borrowedref
	}
	if n == 1967 {
		item = C.PyTuple_GetItem(t, 1967)
	}
	if n == 1968 {
		item = C.PyList_GetItem(l, 1968) // finding: borrowedref
	}
	if n == 1969 {
		item = C.PyTuple_GetItem(t, 1969)
	}
	if n == 1970 {
		item = C.PyList_GetItem(l, 1970) // finding: borrowedref
	}
	if n == 1971 {
		item = C.PyTuple_GetItem(t, 1971)
	}
	if n == 1972 {
		item = C.PyList_GetItem(l, 1972) // finding: borrowedref
	}
	if n == 1973 {
		item = C.PyTuple_GetItem(t, 1973)
	}
	if n == 1974 {
		item = C.PyList_GetItem(l, 1974) // finding: borrowedref
	}
	if n == 1975 {
		item = C.PyTuple_GetItem(t, 1975)
	}
	if n == 1976 {
		item = C.PyList_GetItem(l, 1976) // finding: borrowedref
	}
	if n == 1977 {
		item = C.PyTuple_GetItem(t, 1977)
	}
	if n == 1978 {
		item = C.PyList_GetItem(l, 1978) // finding: borrowedref
	}
	if n == 1979 {
		item = C.PyTuple_GetItem(t, 1979)
	}
	if n == 1980 {
		item = C.PyList_GetItem(l, 1980) // finding: borrowedref
	}
	if n == 1981 {
		item = C.PyTuple_GetItem(t, 1981)
	}
	if n == 1982 {
		item = C.PyList_GetItem(l, 1982) // finding: borrowedref
	}
	if n == 1983 {
		item = C.PyTuple_GetItem(t, 1983)
	}
	if n == 1984 {
		item = C.PyList_GetItem(l, 1984) // finding: borrowedref
	}
	if n == 1985 {
		item = C.PyTuple_GetItem(t, 1985)
	}
	if n == 1986 {
		item = C.PyList_GetItem(l, 1986) // finding: borrowedref
	}
	if n == 1987 {
		item = C.PyTuple_GetItem(t, 1987)
	}
	if n == 1988 {
		item = C.PyList_GetItem(l, 1988) // finding: borrowedref
	}
	if n == 1989 {
		item = C.PyTuple_GetItem(t, 1989)
	}
	if n == 1990 {
		item = C.PyList_GetItem(l, 1990) // finding: borrowedref
	}
	if n == 1991 {
		item = C.PyTuple_GetItem(t, 1991)
	}
	if n == 1992 {
		item = C.PyList_GetItem(l, 1992) // finding: borrowedref
	}
	if n == 1993 {
		item = C.PyTuple_GetItem(t, 1993)
	}
	if n == 1994 {
		item = C.PyList_GetItem(l, 1994) // finding: borrowedref
	}
	if n == 1995 {
		item = C.PyTuple_GetItem(t, 1995)
	}
	if n == 1996 {
		item = C.PyList_GetItem(l, 1996) // finding: borrowedref
	}
	if n == 1997 {
		item = C.PyTuple_GetItem(t, 1997)
	}
	if n == 1998 {
		item = C.PyList_GetItem(l, 1998) // finding: borrowedref
	}
	if n == 1999 {
		item = C.PyTuple_GetItem(t, 1999)
	}
	if n == 2000 {
		item = C.PyList_GetItem(l, 2000) // finding: borrowedref
	}
	if n == 2001 {
		item = C.PyTuple_GetItem(t, 2001)
	}
	if n == 2002 {
		item = C.PyList_GetItem(l, 2002) // finding: borrowedref
	}
	if n == 2003 {
		item = C.PyTuple_GetItem(t, 2003)
	}
	if n == 2004 {
		item = C.PyList_GetItem(l, 2004) // finding: borrowedref
	}
	if n == 2005 {
		item = C.PyTuple_GetItem(t, 2005)
	}
	if n == 2006 {
		item = C.PyList_GetItem(l, 2006) // finding: borrowedref
	}
	if n == 2007 {
		item = C.PyTuple_GetItem(t, 2007)
	}
	if n == 2008 {
		item = C.PyList_GetItem(l, 2008) // finding: borrowedref
	}
	if n == 2009 {
		item = C.PyTuple_GetItem(t, 2009)
	}
	if n == 2010 {
		item = C.PyList_GetItem(l, 2010) // finding: borrowedref
	}
	if n == 2011 {
		item = C.PyTuple_GetItem(t, 2011)
	}
	if n == 2012 {
		item = C.PyList_GetItem(l, 2012) // finding: borrowedref
	}
	if n == 2013 {
		item = C.PyTuple_GetItem(t, 2013)
	}
	if n == 2014 {
		item = C.PyList_GetItem(l, 2014) // finding: borrowedref
	}
	if n == 2015 {
		item = C.PyTuple_GetItem(t, 2015)
	}
	if n == 2016 {
		item = C.PyList_GetItem(l, 2016) // finding: borrowedref
	}
	if n == 2017 {
		item = C.PyTuple_GetItem(t, 2017)
	}
	if n == 2018 {
		item = C.PyList_GetItem(l, 2018) // finding: borrowedref
	}
	if n == 2019 {
		item = C.PyTuple_GetItem(t, 2019)
	}
	if n == 2020 {
		item = C.PyList_GetItem(l, 2020) // finding: borrowedref
	}
	if n == 2021 {
		item = C.PyTuple_GetItem(t, 2021)
	}
	if n == 2022 {
		item = C.PyList_GetItem(l, 2022) // finding: borrowedref
	}
	if n == 2023 {
		item = C.PyTuple_GetItem(t, 2023)
	}
	if n == 2024 {
		item = C.PyList_GetItem(l, 2024) // finding: borrowedref
	}
	if n == 2025 {
		item = C.PyTuple_GetItem(t, 2025)
	}
	if n == 2026 {
		item = C.PyList_GetItem(l, 2026) // finding: borrowedref
	}
	if n == 2027 {
		item = C.PyTuple_GetItem(t, 2027)
	}
	if n == 2028 {
		item = C.PyList_GetItem(l, 2028) // finding: borrowedref
	}
	if n == 2029 {
		item = C.PyTuple_GetItem(t, 2029)
	}
	if n == 2030 {
		item = C.PyList_GetItem(l, 2030) // finding: borrowedref
	}
	if n == 2031 {
		item = C.PyTuple_GetItem(t, 2031)
	}
	if n == 2032 {
		item = C.PyList_GetItem(l, 2032) // finding: borrowedref
	}
	if n == 2033 {
		item = C.PyTuple_GetItem(t, 2033)
	}
	if n == 2034 {
		item = C.PyList_GetItem(l, 2034) // finding: borrowedref
	}
	if n == 2035 {
		item = C.PyTuple_GetItem(t, 2035)
	}
	if n == 2036 {
		item = C.PyList_GetItem(l, 2036) // finding: borrowedref
	}
	if n == 2037 {
		item = C.PyTuple_GetItem(t, 2037)
	}
	if n == 2038 {
		item = C.PyList_GetItem(l, 2038) // finding: borrowedref
	}
	if n == 2039 {
		item = C.PyTuple_GetItem(t, 2039)
	}
	if n == 2040 {
		item = C.PyList_GetItem(l, 2040) // finding: borrowedref
	}
	if n == 2041 {
		item = C.PyTuple_GetItem(t, 2041)
	}
	if n == 2042 {
		item = C.PyList_GetItem(l, 2042) // finding: borrowedref
	}
	if n == 2043 {
		item = C.PyTuple_GetItem(t, 2043)
	}
	if n == 2044 {
		item = C.PyList_GetItem(l, 2044) // finding: borrowedref
	}
	if n == 2045 {
		item = C.PyTuple_GetItem(t, 2045)
	}
	if n == 2046 {
		item = C.PyList_GetItem(l, 2046) // finding: borrowedref
	}
	if n == 2047 {
		item = C.PyTuple_GetItem(t, 2047)
	}
	if n == 2048 {
		item = C.PyList_GetItem(l, 2048) // finding: borrowedref
	}
	if n == 2049 {
		item = C.PyTuple_GetItem(t, 2049)
	}
	if n == 2050 {
		item = C.PyList_GetItem(l, 2050) // finding: borrowedref
	}
	if n == 2051 {
		item = C.PyTuple_GetItem(t, 2051)
	}
	if n == 2052 {
		item = C.PyList_GetItem(l, 2052) // finding: borrowedref
	}
	if n == 2053 {
		item = C.PyTuple_GetItem(t, 2053)
	}
	if n == 2054 {
		item = C.PyList_GetItem(l, 2054) // finding: borrowedref
	}
	if n == 2055 {
		item = C.PyTuple_GetItem(t, 2055)
	}
	if n == 2056 {
		item = C.PyList_GetItem(l, 2056) // finding: borrowedref
	}
	if n == 2057 {
		item = C.PyTuple_GetItem(t, 2057)
	}
	if n == 2058 {
		item = C.PyList_GetItem(l, 2058) // finding: borrowedref
	}
	if n == 2059 {
		item = C.PyTuple_GetItem(t, 2059)
	}
	if n == 2060 {
		item = C.PyList_GetItem(l, 2060) // finding: borrowedref
	}
	if n == 2061 {
		item = C.PyTuple_GetItem(t, 2061)
	}
	if n == 2062 {
		item = C.PyList_GetItem(l, 2062) // finding: borrowedref
	}
	if n == 2063 {
		item = C.PyTuple_GetItem(t, 2063)
	}
	if n == 2064 {
		item = C.PyList_GetItem(l, 2064) // finding: borrowedref
	}
	if n == 2065 {
		item = C.PyTuple_GetItem(t, 2065)
	}
	if n == 2066 {
		item = C.PyList_GetItem(l, 2066) // finding: borrowedref
	}
	if n == 2067 {
		item = C.PyTuple_GetItem(t, 2067)
	}
	if n == 2068 {
		item = C.PyList_GetItem(l, 2068) // finding: borrowedref
	}
	if n == 2069 {
		item = C.PyTuple_GetItem(t, 2069)
	}
	if n == 2070 {
		item = C.PyList_GetItem(l, 2070) // finding: borrowedref
	}
	if n == 2071 {
		item = C.PyTuple_GetItem(t, 2071)
	}
	if n == 2072 {
		item = C.PyList_GetItem(l, 2072) // finding: borrowedref
	}
	if n == 2073 {
		item = C.PyTuple_GetItem(t, 2073)
	}
	if n == 2074 {
		item = C.PyList_GetItem(l, 2074) // finding: borrowedref
	}
	if n == 2075 {
		item = C.PyTuple_GetItem(t, 2075)
	}
	if n == 2076 {
		item = C.PyList_GetItem(l, 2076) // finding: borrowedref
	}
	if n == 2077 {
		item = C.PyTuple_GetItem(t, 2077)
	}
	if n == 2078 {
		item = C.PyList_GetItem(l, 2078) // finding: borrowedref
	}
	if n == 2079 {
		item = C.PyTuple_GetItem(t, 2079)
	}
	if n == 2080 {
		item = C.PyList_GetItem(l, 2080) // finding: borrowedref
	}
	if n == 2081 {
		item = C.PyTuple_GetItem(t, 2081)
	}
	if n == 2082 {
		item = C.PyList_GetItem(l, 2082) // finding: borrowedref
	}
	if n == 2083 {
		item = C.PyTuple_GetItem(t, 2083)
	}
	if n == 2084 {
		item = C.PyList_GetItem(l, 2084) // finding: borrowedref
	}
	if n == 2085 {
		item = C.PyTuple_GetItem(t, 2085)
	}
	if n == 2086 {
		item = C.PyList_GetItem(l, 2086) // finding: borrowedref
	}
	if n == 2087 {
		item = C.PyTuple_GetItem(t, 2087)
	}
	if n == 2088 {
		item = C.PyList_GetItem(l, 2088) // finding: borrowedref
	}
	if n == 2089 {
		item = C.PyTuple_GetItem(t, 2089)
	}
	if n == 2090 {
		item = C.PyList_GetItem(l, 2090) // finding: borrowedref
	}
	if n == 2091 {
		item = C.PyTuple_GetItem(t, 2091)
	}
	if n == 2092 {
		item = C.PyList_GetItem(l, 2092) // finding: borrowedref
	}
	if n == 2093 {
		item = C.PyTuple_GetItem(t, 2093)
	}
	if n == 2094 {
		item = C.PyList_GetItem(l, 2094) // finding: borrowedref
	}
	if n == 2095 {
		item = C.PyTuple_GetItem(t, 2095)
	}
	if n == 2096 {
		item = C.PyList_GetItem(l, 2096) // finding: borrowedref
	}
	if n == 2097 {
		item = C.PyTuple_GetItem(t, 2097)
	}
	if n == 2098 {
		item = C.PyList_GetItem(l, 2098) // finding: borrowedref
	}
	if n == 2099 {
		item = C.PyTuple_GetItem(t, 2099)
	}
	if n == 2100 {
		item = C.PyList_GetItem(l, 2100) // finding: borrowedref
	}
	if n == 2101 {
		item = C.PyTuple_GetItem(t, 2101)
	}
	if n == 2102 {
		item = C.PyList_GetItem(l, 2102) // finding: borrowedref
	}
	if n == 2103 {
		item = C.PyTuple_GetItem(t, 2103)
	}
	if n == 2104 {
		item = C.PyList_GetItem(l, 2104) // finding: borrowedref
	}
	if n == 2105 {
		item = C.PyTuple_GetItem(t, 2105)
	}
	if n == 2106 {
		item = C.PyList_GetItem(l, 2106) // finding: borrowedref
	}
	if n == 2107 {
		item = C.PyTuple_GetItem(t, 2107)
	}
	if n == 2108 {
		item = C.PyList_GetItem(l, 2108) // finding: borrowedref
	}
	if n == 2109 {
		item = C.PyTuple_GetItem(t, 2109)
	}
	if n == 2110 {
		item = C.PyList_GetItem(l, 2110) // finding: borrowedref
	}
	if n == 2111 {
		item = C.PyTuple_GetItem(t, 2111)
	}
	if n == 2112 {
		item = C.PyList_GetItem(l, 2112) // finding: borrowedref
	}
	if n == 2113 {
		item = C.PyTuple_GetItem(t, 2113)
	}
	if n == 2114 {
		item = C.PyList_GetItem(l, 2114) // finding: borrowedref
	}
	if n == 2115 {
		item = C.PyTuple_GetItem(t, 2115)
	}
	if n == 2116 {
		item = C.PyList_GetItem(l, 2116) // finding: borrowedref
	}
	if n == 2117 {
		item = C.PyTuple_GetItem(t, 2117)
	}
	if n == 2118 {
		item = C.PyList_GetItem(l, 2118) // finding: borrowedref
	}
	if n == 2119 {
		item = C.PyTuple_GetItem(t, 2119)
	}
	if n == 2120 {
		item = C.PyList_GetItem(l, 2120) // finding: borrowedref
	}
	if n == 2121 {
		item = C.PyTuple_GetItem(t, 2121)
	}
	if n == 2122 {
		item = C.PyList_GetItem(l, 2122) // finding: borrowedref
	}
	if n == 2123 {
		item = C.PyTuple_GetItem(t, 2123)
	}
	if n == 2124 {
		item = C.PyList_GetItem(l, 2124) // finding: borrowedref
	}
	if n == 2125 {
		item = C.PyTuple_GetItem(t, 2125)
	}
	if n == 2126 {
		item = C.PyList_GetItem(l, 2126) // finding: borrowedref
	}
	if n == 2127 {
		item = C.PyTuple_GetItem(t, 2127)
	}
	if n == 2128 {
		item = C.PyList_GetItem(l, 2128) // finding: borrowedref
	}
	if n == 2129 {
		item = C.PyTuple_GetItem(t, 2129)
	}
	if n == 2130 {
		item = C.PyList_GetItem(l, 2130) // finding: borrowedref
	}
	if n == 2131 {
		item = C.PyTuple_GetItem(t, 2131)
	}
	if n == 2132 {
		item = C.PyList_GetItem(l, 2132) // finding: borrowedref
	}
	if n == 2133 {
		item = C.PyTuple_GetItem(t, 2133)
	}
	if n == 2134 {
		item = C.PyList_GetItem(l, 2134) // finding: borrowedref
	}
	if n == 2135 {
		item = C.PyTuple_GetItem(t, 2135)
	}
	if n == 2136 {
		item = C.PyList_GetItem(l, 2136) // finding: borrowedref
	}
	if n == 2137 {
		item = C.PyTuple_GetItem(t, 2137)
	}
	if n == 2138 {
		item = C.PyList_GetItem(l, 2138) // finding: borrowedref
	}
	if n == 2139 {
		item = C.PyTuple_GetItem(t, 2139)
	}
	if n == 2140 {
		item = C.PyList_GetItem(l, 2140) // finding: borrowedref
	}
	if n == 2141 {
		item = C.PyTuple_GetItem(t, 2141)
	}
	if n == 2142 {
		item = C.PyList_GetItem(l, 2142) // finding: borrowedref
	}
	if n == 2143 {
		item = C.PyTuple_GetItem(t, 2143)
	}
	if n == 2144 {
		item = C.PyList_GetItem(l, 2144) // finding: borrowedref
	}
	if n == 2145 {
		item = C.PyTuple_GetItem(t, 2145)
	}
	if n == 2146 {
		item = C.PyList_GetItem(l, 2146) // finding: borrowedref
	}
	if n == 2147 {
		item = C.PyTuple_GetItem(t, 2147)
	}
	if n == 2148 {
		item = C.PyList_GetItem(l, 2148) // finding: borrowedref
	}
	if n == 2149 {
		item = C.PyTuple_GetItem(t, 2149)
	}
	if n == 2150 {
		item = C.PyList_GetItem(l, 2150) // finding: borrowedref
	}
	if n == 2151 {
		item = C.PyTuple_GetItem(t, 2151)
	}
	if n == 2152 {
		item = C.PyList_GetItem(l, 2152) // finding: borrowedref
	}
	if n == 2153 {
		item = C.PyTuple_GetItem(t, 2153)
	}
	if n == 2154 {
		item = C.PyList_GetItem(l, 2154) // finding: borrowedref
	}
	if n == 2155 {
		item = C.PyTuple_GetItem(t, 2155)
	}
	if n == 2156 {
		item = C.PyList_GetItem(l, 2156) // finding: borrowedref
	}
	if n == 2157 {
		item = C.PyTuple_GetItem(t, 2157)
	}
	if n == 2158 {
		item = C.PyList_GetItem(l, 2158) // finding: borrowedref
	}
	if n == 2159 {
		item = C.PyTuple_GetItem(t, 2159)
	}
	if n == 2160 {
		item = C.PyList_GetItem(l, 2160) // finding: borrowedref
	}
	if n == 2161 {
		item = C.PyTuple_GetItem(t, 2161)
	}
	if n == 2162 {
		item = C.PyList_GetItem(l, 2162) // finding: borrowedref
	}
	if n == 2163 {
		item = C.PyTuple_GetItem(t, 2163)
	}
	if n == 2164 {
		item = C.PyList_GetItem(l, 2164) // finding: borrowedref
	}
	if n == 2165 {
		item = C.PyTuple_GetItem(t, 2165)
	}
	if n == 2166 {
		item = C.PyList_GetItem(l, 2166) // finding: borrowedref
	}
	if n == 2167 {
		item = C.PyTuple_GetItem(t, 2167)
	}
	if n == 2168 {
		item = C.PyList_GetItem(l, 2168) // finding: borrowedref
	}
	if n == 2169 {
		item = C.PyTuple_GetItem(t, 2169)
	}
	if n == 2170 {
		item = C.PyList_GetItem(l, 2170) // finding: borrowedref
	}
	if n == 2171 {
		item = C.PyTuple_GetItem(t, 2171)
	}
	if n == 2172 {
		item = C.PyList_GetItem(l, 2172) // finding: borrowedref
	}
	if n == 2173 {
		item = C.PyTuple_GetItem(t, 2173)
	}
	if n == 2174 {
		item = C.PyList_GetItem(l, 2174) // finding: borrowedref
	}
	if n == 2175 {
		item = C.PyTuple_GetItem(t, 2175)
	}
	if n == 2176 {
		item = C.PyList_GetItem(l, 2176) // finding: borrowedref
	}
	if n == 2177 {
		item = C.PyTuple_GetItem(t, 2177)
	}
	if n == 2178 {
		item = C.PyList_GetItem(l, 2178) // finding: borrowedref
	}
	if n == 2179 {
		item = C.PyTuple_GetItem(t, 2179)
	}
	if n == 2180 {
		item = C.PyList_GetItem(l, 2180) // finding: borrowedref
	}
	if n == 2181 {
		item = C.PyTuple_GetItem(t, 2181)
	}
	if n == 2182 {
		item = C.PyList_GetItem(l, 2182) // finding: borrowedref
	}
	if n == 2183 {
		item = C.PyTuple_GetItem(t, 2183)
	}
	if n == 2184 {
		item = C.PyList_GetItem(l, 2184) // finding: borrowedref
	}
	if n == 2185 {
		item = C.PyTuple_GetItem(t, 2185)
	}
	if n == 2186 {
		item = C.PyList_GetItem(l, 2186) // finding: borrowedref
	}
	if n == 2187 {
		item = C.PyTuple_GetItem(t, 2187)
	}
	if n == 2188 {
		item = C.PyList_GetItem(l, 2188) // finding: borrowedref
	}
	if n == 2189 {
		item = C.PyTuple_GetItem(t, 2189)
	}
	if n == 2190 {
		item = C.PyList_GetItem(l, 2190) // finding: borrowedref
	}
	if n == 2191 {
		item = C.PyTuple_GetItem(t, 2191)
	}
	if n == 2192 {
		item = C.PyList_GetItem(l, 2192) // finding: borrowedref
	}
	if n == 2193 {
		item = C.PyTuple_GetItem(t, 2193)
	}
	if n == 2194 {
		item = C.PyList_GetItem(l, 2194) // finding: borrowedref
	}
	if n == 2195 {
		item = C.PyTuple_GetItem(t, 2195)
	}
	if n == 2196 {
		item = C.PyList_GetItem(l, 2196) // finding: borrowedref
	}
	if n == 2197 {
		item = C.PyTuple_GetItem(t, 2197)
	}
	if n == 2198 {
		item = C.PyList_GetItem(l, 2198) // finding: borrowedref
	}
	if n == 2199 {
		item = C.PyTuple_GetItem(t, 2199)
	}
	if n == 2200 {
		item = C.PyList_GetItem(l, 2200) // finding: borrowedref
	}
	if n == 2201 {
		item = C.PyTuple_GetItem(t, 2201)
	}
	if n == 2202 {
		item = C.PyList_GetItem(l, 2202) // finding: borrowedref
	}
	if n == 2203 {
		item = C.PyTuple_GetItem(t, 2203)
	}
	if n == 2204 {
		item = C.PyList_GetItem(l, 2204) // finding: borrowedref
	}
	if n == 2205 {
		item = C.PyTuple_GetItem(t, 2205)
	}
	if n == 2206 {
		item = C.PyList_GetItem(l, 2206) // finding: borrowedref
	}
	if n == 2207 {
		item = C.PyTuple_GetItem(t, 2207)
	}
	if n == 2208 {
		item = C.PyList_GetItem(l, 2208) // finding: borrowedref
	}
	if n == 2209 {
		item = C.PyTuple_GetItem(t, 2209)
	}
	if n == 2210 {
		item = C.PyList_GetItem(l, 2210) // finding: borrowedref
	}
	if n == 2211 {
		item = C.PyTuple_GetItem(t, 2211)
	}
	if n == 2212 {
		item = C.PyList_GetItem(l, 2212) // finding: borrowedref
	}
	if n == 2213 {
		item = C.PyTuple_GetItem(t, 2213)
	}
	if n == 2214 {
		item = C.PyList_GetItem(l, 2214) // finding: borrowedref
	}
	if n == 2215 {
		item = C.PyTuple_GetItem(t, 2215)
	}
	if n == 2216 {
		item = C.PyList_GetItem(l, 2216) // finding: borrowedref
	}
	if n == 2217 {
		item = C.PyTuple_GetItem(t, 2217)
	}
	if n == 2218 {
		item = C.PyList_GetItem(l, 2218) // finding: borrowedref
	}
	if n == 2219 {
		item = C.PyTuple_GetItem(t, 2219)
	}
	if n == 2220 {
		item = C.PyList_GetItem(l, 2220) // finding: borrowedref
	}
	if n == 2221 {
		item = C.PyTuple_GetItem(t, 2221)
	}
	if n == 2222 {
		item = C.PyList_GetItem(l, 2222) // finding: borrowedref
	}
	if n == 2223 {
		item = C.PyTuple_GetItem(t, 2223)
	}
	if n == 2224 {
		item = C.PyList_GetItem(l, 2224) // finding: borrowedref
	}
	if n == 2225 {
		item = C.PyTuple_GetItem(t, 2225)
	}
	if n == 2226 {
		item = C.PyList_GetItem(l, 2226) // finding: borrowedref
	}
	if n == 2227 {
		item = C.PyTuple_GetItem(t, 2227)
	}
	if n == 2228 {
		item = C.PyList_GetItem(l, 2228) // finding: borrowedref
	}
	if n == 2229 {
		item = C.PyTuple_GetItem(t, 2229)
	}
	if n == 2230 {
		item = C.PyList_GetItem(l, 2230) // finding: borrowedref
	}
	if n == 2231 {
		item = C.PyTuple_GetItem(t, 2231)
	}
	if n == 2232 {
		item = C.PyList_GetItem(l, 2232) // finding: borrowedref
	}
	if n == 2233 {
		item = C.PyTuple_GetItem(t, 2233)
	}
	if n == 2234 {
		item = C.PyList_GetItem(l, 2234) // finding: borrowedref
	}
	if n == 2235 {
		item = C.PyTuple_GetItem(t, 2235)
	}
	if n == 2236 {
		item = C.PyList_GetItem(l, 2236) // finding: borrowedref
	}
	if n == 2237 {
		item = C.PyTuple_GetItem(t, 2237)
	}
	if n == 2238 {
		item = C.PyList_GetItem(l, 2238) // finding: borrowedref
	}
	if n == 2239 {
		item = C.PyTuple_GetItem(t, 2239)
	}
	if n == 2240 {
		item = C.PyList_GetItem(l, 2240) // finding: borrowedref
	}
	if n == 2241 {
		item = C.PyTuple_GetItem(t, 2241)
	}
	if n == 2242 {
		item = C.PyList_GetItem(l, 2242) // finding: borrowedref
	}
	if n == 2243 {
		item = C.PyTuple_GetItem(t, 2243)
	}
	if n == 2244 {
		item = C.PyList_GetItem(l, 2244) // finding: borrowedref
	}
	if n == 2245 {
		item = C.PyTuple_GetItem(t, 2245)
	}
	if n == 2246 {
		item = C.PyList_GetItem(l, 2246) // finding: borrowedref
	}
	if n == 2247 {
		item = C.PyTuple_GetItem(t, 2247)
	}
	if n == 2248 {
		item = C.PyList_GetItem(l, 2248) // finding: borrowedref
	}
	if n == 2249 {
		item = C.PyTuple_GetItem(t, 2249)
	}
	if n == 2250 {
		item = C.PyList_GetItem(l, 2250) // finding: borrowedref
	}
	if n == 2251 {
		item = C.PyTuple_GetItem(t, 2251)
	}
	if n == 2252 {
		item = C.PyList_GetItem(l, 2252) // finding: borrowedref
	}
	if n == 2253 {
		item = C.PyTuple_GetItem(t, 2253)
	}
	if n == 2254 {
		item = C.PyList_GetItem(l, 2254) // finding: borrowedref
	}
	if n == 2255 {
		item = C.PyTuple_GetItem(t, 2255)
	}
	if n == 2256 {
		item = C.PyList_GetItem(l, 2256) // finding: borrowedref
	}
	if n == 2257 {
		item = C.PyTuple_GetItem(t, 2257)
	}
	if n == 2258 {
		item = C.PyList_GetItem(l, 2258) // finding: borrowedref
	}
	if n == 2259 {
		item = C.PyTuple_GetItem(t, 2259)
	}
	if n == 2260 {
		item = C.PyList_GetItem(l, 2260) // finding: borrowedref
	}
	if n == 2261 {
		item = C.PyTuple_GetItem(t, 2261)
	}
	if n == 2262 {
		item = C.PyList_GetItem(l, 2262) // finding: borrowedref
	}
	if n == 2263 {
		item = C.PyTuple_GetItem(t, 2263)
	}
	if n == 2264 {
		item = C.PyList_GetItem(l, 2264) // finding: borrowedref
	}
	if n == 2265 {
		item = C.PyTuple_GetItem(t, 2265)
	}
	if n == 2266 {
		item = C.PyList_GetItem(l, 2266) // finding: borrowedref
	}
	if n == 2267 {
		item = C.PyTuple_GetItem(t, 2267)
	}
	if n == 2268 {
		item = C.PyList_GetItem(l, 2268) // finding: borrowedref
	}
	if n == 2269 {
		item = C.PyTuple_GetItem(t, 2269)
	}
	if n == 2270 {
		item = C.PyList_GetItem(l, 2270) // finding: borrowedref
	}
	if n == 2271 {
		item = C.PyTuple_GetItem(t, 2271)
	}
	if n == 2272 {
		item = C.PyList_GetItem(l, 2272) // finding: borrowedref
	}
	if n == 2273 {
		item = C.PyTuple_GetItem(t, 2273)
	}
	if n == 2274 {
		item = C.PyList_GetItem(l, 2274) // finding: borrowedref
	}
	if n == 2275 {
		item = C.PyTuple_GetItem(t, 2275)
	}
	if n == 2276 {
		item = C.PyList_GetItem(l, 2276) // finding: borrowedref
	}
	if n == 2277 {
		item = C.PyTuple_GetItem(t, 2277)
	}
	if n == 2278 {
		item = C.PyList_GetItem(l, 2278) // finding: borrowedref
	}
	if n == 2279 {
		item = C.PyTuple_GetItem(t, 2279)
	}
	if n == 2280 {
		item = C.PyList_GetItem(l, 2280) // finding: borrowedref
	}
	if n == 2281 {
		item = C.PyTuple_GetItem(t, 2281)
	}
	if n == 2282 {
		item = C.PyList_GetItem(l, 2282) // finding: borrowedref
	}
	if n == 2283 {
		item = C.PyTuple_GetItem(t, 2283)
	}
	if n == 2284 {
		item = C.PyList_GetItem(l, 2284) // finding: borrowedref
	}
	if n == 2285 {
		item = C.PyTuple_GetItem(t, 2285)
	}
	if n == 2286 {
		item = C.PyList_GetItem(l, 2286) // finding: borrowedref
	}
	if n == 2287 {
		item = C.PyTuple_GetItem(t, 2287)
	}
	if n == 2288 {
		item = C.PyList_GetItem(l, 2288) // finding: borrowedref
	}
	if n == 2289 {
		item = C.PyTuple_GetItem(t, 2289)
	}
	if n == 2290 {
		item = C.PyList_GetItem(l, 2290) // finding: borrowedref
	}
	if n == 2291 {
		item = C.PyTuple_GetItem(t, 2291)
	}
	if n == 2292 {
		item = C.PyList_GetItem(l, 2292) // finding: borrowedref
	}
	if n == 2293 {
		item = C.PyTuple_GetItem(t, 2293)
	}
	if n == 2294 {
		item = C.PyList_GetItem(l, 2294) // finding: borrowedref
	}
	if n == 2295 {
		item = C.PyTuple_GetItem(t, 2295)
	}
	if n == 2296 {
		item = C.PyList_GetItem(l, 2296) // finding: borrowedref
	}
	if n == 2297 {
		item = C.PyTuple_GetItem(t, 2297)
	}
	if n == 2298 {
		item = C.PyList_GetItem(l, 2298) // finding: borrowedref
	}
	if n == 2299 {
		item = C.PyTuple_GetItem(t, 2299)
	}
	if n == 2300 {
		item = C.PyList_GetItem(l, 2300) // finding: borrowedref
	}
	if n == 2301 {
		item = C.PyTuple_GetItem(t, 2301)
	}
	if n == 2302 {
		item = C.PyList_GetItem(l, 2302) // finding: borrowedref
	}
	if n == 2303 {
		item = C.PyTuple_GetItem(t, 2303)
	}
	if n == 2304 {
		item = C.PyList_GetItem(l, 2304) // finding: borrowedref
	}
	if n == 2305 {
		item = C.PyTuple_GetItem(t, 2305)
	}
	if n == 2306 {
		item = C.PyList_GetItem(l, 2306) // finding: borrowedref
	}
	if n == 2307 {
		item = C.PyTuple_GetItem(t, 2307)
	}
	if n == 2308 {
		item = C.PyList_GetItem(l, 2308) // finding: borrowedref
	}
	if n == 2309 {
		item = C.PyTuple_GetItem(t, 2309)
	}
	if n == 2310 {
		item = C.PyList_GetItem(l, 2310) // finding: borrowedref
	}
	if n == 2311 {
		item = C.PyTuple_GetItem(t, 2311)
	}
	if n == 2312 {
		item = C.PyList_GetItem(l, 2312) // finding: borrowedref
	}
	if n == 2313 {
		item = C.PyTuple_GetItem(t, 2313)
	}
	if n == 2314 {
		item = C.PyList_GetItem(l, 2314) // finding: borrowedref
	}
	if n == 2315 {
		item = C.PyTuple_GetItem(t, 2315)
	}
	if n == 2316 {
		item = C.PyList_GetItem(l, 2316) // finding: borrowedref
	}
	if n == 2317 {
		item = C.PyTuple_GetItem(t, 2317)
	}
	if n == 2318 {
		item = C.PyList_GetItem(l, 2318) // finding: borrowedref
	}
	if n == 2319 {
		item = C.PyTuple_GetItem(t, 2319)
	}
	if n == 2320 {
		item = C.PyList_GetItem(l, 2320) // finding: borrowedref
	}
	if n == 2321 {
		item = C.PyTuple_GetItem(t, 2321)
	}
	if n == 2322 {
		item = C.PyList_GetItem(l, 2322) // finding: borrowedref
	}
	if n == 2323 {
		item = C.PyTuple_GetItem(t, 2323)
	}
	if n == 2324 {
		item = C.PyList_GetItem(l, 2324) // finding: borrowedref
	}
	if n == 2325 {
		item = C.PyTuple_GetItem(t, 2325)
	}
	if n == 2326 {
		item = C.PyList_GetItem(l, 2326) // finding: borrowedref
	}
	if n == 2327 {
		item = C.PyTuple_GetItem(t, 2327)
	}
	if n == 2328 {
		item = C.PyList_GetItem(l, 2328) // finding: borrowedref
	}
	if n == 2329 {
		item = C.PyTuple_GetItem(t, 2329)
	}
	if n == 2330 {
		item = C.PyList_GetItem(l, 2330) // finding: borrowedref
	}
	if n == 2331 {
		item = C.PyTuple_GetItem(t, 2331)
	}
	if n == 2332 {
		item = C.PyList_GetItem(l, 2332) // finding: borrowedref
	}
	if n == 2333 {
		item = C.PyTuple_GetItem(t, 2333)
	}
	if n == 2334 {
		item = C.PyList_GetItem(l, 2334) // finding: borrowedref
	}
	if n == 2335 {
		item = C.PyTuple_GetItem(t, 2335)
	}
	if n == 2336 {
		item = C.PyList_GetItem(l, 2336) // finding: borrowedref
	}
	if n == 2337 {
		item = C.PyTuple_GetItem(t, 2337)
	}
	if n == 2338 {
		item = C.PyList_GetItem(l, 2338) // finding: borrowedref
	}
	if n == 2339 {
		item = C.PyTuple_GetItem(t, 2339)
	}
	if n == 2340 {
		item = C.PyList_GetItem(l, 2340) // finding: borrowedref
	}
	if n == 2341 {
		item = C.PyTuple_GetItem(t, 2341)
	}
	if n == 2342 {
		item = C.PyList_GetItem(l, 2342) // finding: borrowedref
	}
	if n == 2343 {
		item = C.PyTuple_GetItem(t, 2343)
	}
	if n == 2344 {
		item = C.PyList_GetItem(l, 2344) // finding: borrowedref
	}
	if n == 2345 {
		item = C.PyTuple_GetItem(t, 2345)
	}
	if n == 2346 {
		item = C.PyList_GetItem(l, 2346) // finding: borrowedref
	}
	if n == 2347 {
		item = C.PyTuple_GetItem(t, 2347)
	}
	if n == 2348 {
		item = C.PyList_GetItem(l, 2348) // finding: borrowedref
	}
	if n == 2349 {
		item = C.PyTuple_GetItem(t, 2349)
	}
	if n == 2350 {
		item = C.PyList_GetItem(l, 2350) // finding: borrowedref
	}
	if n == 2351 {
		item = C.PyTuple_GetItem(t, 2351)
	}
	if n == 2352 {
		item = C.PyList_GetItem(l, 2352) // finding: borrowedref
	}
	if n == 2353 {
		item = C.PyTuple_GetItem(t, 2353)
	}
	if n == 2354 {
		item = C.PyList_GetItem(l, 2354) // finding: borrowedref
	}
	if n == 2355 {
		item = C.PyTuple_GetItem(t, 2355)
	}
	if n == 2356 {
		item = C.PyList_GetItem(l, 2356) // finding: borrowedref
	}
	if n == 2357 {
		item = C.PyTuple_GetItem(t, 2357)
	}
	if n == 2358 {
		item = C.PyList_GetItem(l, 2358) // finding: borrowedref
	}
	if n == 2359 {
		item = C.PyTuple_GetItem(t, 2359)
	}
	if n == 2360 {
		item = C.PyList_GetItem(l, 2360) // finding: borrowedref
	}
	if n == 2361 {
		item = C.PyTuple_GetItem(t, 2361)
	}
	if n == 2362 {
		item = C.PyList_GetItem(l, 2362) // finding: borrowedref
	}
	if n == 2363 {
		item = C.PyTuple_GetItem(t, 2363)
	}
	if n == 2364 {
		item = C.PyList_GetItem(l, 2364) // finding: borrowedref
	}
	if n == 2365 {
		item = C.PyTuple_GetItem(t, 2365)
	}
	if n == 2366 {
		item = C.PyList_GetItem(l, 2366) // finding: borrowedref
	}
	if n == 2367 {
		item = C.PyTuple_GetItem(t, 2367)
	}
	if n == 2368 {
		item = C.PyList_GetItem(l, 2368) // finding: borrowedref
	}
	if n == 2369 {
		item = C.PyTuple_GetItem(t, 2369)
	}
	if n == 2370 {
		item = C.PyList_GetItem(l, 2370) // finding: borrowedref
	}
	if n == 2371 {
		item = C.PyTuple_GetItem(t, 2371)
	}
	if n == 2372 {
		item = C.PyList_GetItem(l, 2372) // finding: borrowedref
	}
	if n == 2373 {
		item = C.PyTuple_GetItem(t, 2373)
	}
	if n == 2374 {
		item = C.PyList_GetItem(l, 2374) // finding: borrowedref
	}
	if n == 2375 {
		item = C.PyTuple_GetItem(t, 2375)
	}
	if n == 2376 {
		item = C.PyList_GetItem(l, 2376) // finding: borrowedref
	}
	if n == 2377 {
		item = C.PyTuple_GetItem(t, 2377)
	}
	if n == 2378 {
		item = C.PyList_GetItem(l, 2378) // finding: borrowedref
	}
	if n == 2379 {
		item = C.PyTuple_GetItem(t, 2379)
	}
	if n == 2380 {
		item = C.PyList_GetItem(l, 2380) // finding: borrowedref
	}
	if n == 2381 {
		item = C.PyTuple_GetItem(t, 2381)
	}
	if n == 2382 {
		item = C.PyList_GetItem(l, 2382) // finding: borrowedref
	}
	if n == 2383 {
		item = C.PyTuple_GetItem(t, 2383)
	}
	if n == 2384 {
		item = C.PyList_GetItem(l, 2384) // finding: borrowedref
	}
	if n == 2385 {
		item = C.PyTuple_GetItem(t, 2385)
	}
	if n == 2386 {
		item = C.PyList_GetItem(l, 2386) // finding: borrowedref
	}
	if n == 2387 {
		item = C.PyTuple_GetItem(t, 2387)
	}
	if n == 2388 {
		item = C.PyList_GetItem(l, 2388) // finding: borrowedref
	}
	if n == 2389 {
		item = C.PyTuple_GetItem(t, 2389)
	}
	if n == 2390 {
		item = C.PyList_GetItem(l, 2390) // finding: borrowedref
	}
	if n == 2391 {
		item = C.PyTuple_GetItem(t, 2391)
	}
	if n == 2392 {
		item = C.PyList_GetItem(l, 2392) // finding: borrowedref
	}
	if n == 2393 {
		item = C.PyTuple_GetItem(t, 2393)
	}
	if n == 2394 {
		item = C.PyList_GetItem(l, 2394) // finding: borrowedref
	}
	if n == 2395 {
		item = C.PyTuple_GetItem(t, 2395)
	}
	if n == 2396 {
		item = C.PyList_GetItem(l, 2396) // finding: borrowedref
	}
	if n == 2397 {
		item = C.PyTuple_GetItem(t, 2397)
	}
	if n == 2398 {
		item = C.PyList_GetItem(l, 2398) // finding: borrowedref
	}
	if n == 2399 {
		item = C.PyTuple_GetItem(t, 2399)
	}
	if n == 2400 {
		item = C.PyList_GetItem(l, 2400) // finding: borrowedref
	}
	if n == 2401 {
		item = C.PyTuple_GetItem(t, 2401)
	}
	if n == 2402 {
		item = C.PyList_GetItem(l, 2402) // finding: borrowedref
	}
	if n == 2403 {
		item = C.PyTuple_GetItem(t, 2403)
	}
	if n == 2404 {
		item = C.PyList_GetItem(l, 2404) // finding: borrowedref
	}
	if n == 2405 {
		item = C.PyTuple_GetItem(t, 2405)
	}
	if n == 2406 {
		item = C.PyList_GetItem(l, 2406) // finding: borrowedref
	}
	if n == 2407 {
		item = C.PyTuple_GetItem(t, 2407)
	}
	if n == 2408 {
		item = C.PyList_GetItem(l, 2408) // finding: borrowedref
	}
	if n == 2409 {
		item = C.PyTuple_GetItem(t, 2409)
	}
	if n == 2410 {
		item = C.PyList_GetItem(l, 2410) // finding: borrowedref
	}
	if n == 2411 {
		item = C.PyTuple_GetItem(t, 2411)
	}
	if n == 2412 {
		item = C.PyList_GetItem(l, 2412) // finding: borrowedref
	}
	if n == 2413 {
		item = C.PyTuple_GetItem(t, 2413)
	}
	if n == 2414 {
		item = C.PyList_GetItem(l, 2414) // finding: borrowedref
	}
	if n == 2415 {
		item = C.PyTuple_GetItem(t, 2415)
	}
	if n == 2416 {
		item = C.PyList_GetItem(l, 2416) // finding: borrowedref
	}
	if n == 2417 {
		item = C.PyTuple_GetItem(t, 2417)
	}
	if n == 2418 {
		item = C.PyList_GetItem(l, 2418) // finding: borrowedref
	}
	if n == 2419 {
		item = C.PyTuple_GetItem(t, 2419)
	}
	if n == 2420 {
		item = C.PyList_GetItem(l, 2420) // finding: borrowedref
	}
	if n == 2421 {
		item = C.PyTuple_GetItem(t, 2421)
	}
	if n == 2422 {
		item = C.PyList_GetItem(l, 2422) // finding: borrowedref
	}
	if n == 2423 {
		item = C.PyTuple_GetItem(t, 2423)
	}
	if n == 2424 {
		item = C.PyList_GetItem(l, 2424) // finding: borrowedref
	}
	if n == 2425 {
		item = C.PyTuple_GetItem(t, 2425)
	}
	if n == 2426 {
		item = C.PyList_GetItem(l, 2426) // finding: borrowedref
	}
	if n == 2427 {
		item = C.PyTuple_GetItem(t, 2427)
	}
	if n == 2428 {
		item = C.PyList_GetItem(l, 2428) // finding: borrowedref
	}
	if n == 2429 {
		item = C.PyTuple_GetItem(t, 2429)
	}
	if n == 2430 {
		item = C.PyList_GetItem(l, 2430) // finding: borrowedref
	}
	if n == 2431 {
		item = C.PyTuple_GetItem(t, 2431)
	}
	if n == 2432 {
		item = C.PyList_GetItem(l, 2432) // finding: borrowedref
	}
	if n == 2433 {
		item = C.PyTuple_GetItem(t, 2433)
	}
	if n == 2434 {
		item = C.PyList_GetItem(l, 2434) // finding: borrowedref
	}
	if n == 2435 {
		item = C.PyTuple_GetItem(t, 2435)
	}
	if n == 2436 {
		item = C.PyList_GetItem(l, 2436) // finding: borrowedref
	}
	if n == 2437 {
		item = C.PyTuple_GetItem(t, 2437)
	}
	if n == 2438 {
		item = C.PyList_GetItem(l, 2438) // finding: borrowedref
	}
	if n == 2439 {
		item = C.PyTuple_GetItem(t, 2439)
	}
	if n == 2440 {
		item = C.PyList_GetItem(l, 2440) // finding: borrowedref
	}
	if n == 2441 {
		item = C.PyTuple_GetItem(t, 2441)
	}
	if n == 2442 {
		item = C.PyList_GetItem(l, 2442) // finding: borrowedref
	}
	if n == 2443 {
		item = C.PyTuple_GetItem(t, 2443)
	}
	if n == 2444 {
		item = C.PyList_GetItem(l, 2444) // finding: borrowedref
	}
	if n == 2445 {
		item = C.PyTuple_GetItem(t, 2445)
	}
	if n == 2446 {
		item = C.PyList_GetItem(l, 2446) // finding: borrowedref
	}
	if n == 2447 {
		item = C.PyTuple_GetItem(t, 2447)
	}
	if n == 2448 {
		item = C.PyList_GetItem(l, 2448) // finding: borrowedref
	}
	if n == 2449 {
		item = C.PyTuple_GetItem(t, 2449)
	}
	if n == 2450 {
		item = C.PyList_GetItem(l, 2450) // finding: borrowedref
	}
	if n == 2451 {
		item = C.PyTuple_GetItem(t, 2451)
	}
	if n == 2452 {
		item = C.PyList_GetItem(l, 2452) // finding: borrowedref
	}
	if n == 2453 {
		item = C.PyTuple_GetItem(t, 2453)
	}
	if n == 2454 {
		item = C.PyList_GetItem(l, 2454) // finding: borrowedref
	}
	if n == 2455 {
		item = C.PyTuple_GetItem(t, 2455)
	}
	if n == 2456 {
		item = C.PyList_GetItem(l, 2456) // finding: borrowedref
	}
	if n == 2457 {
		item = C.PyTuple_GetItem(t, 2457)
	}
	if n == 2458 {
		item = C.PyList_GetItem(l, 2458) // finding: borrowedref
	}
	if n == 2459 {
		item = C.PyTuple_GetItem(t, 2459)
	}
	if n == 2460 {
		item = C.PyList_GetItem(l, 2460) // finding: borrowedref
	}
	if n == 2461 {
		item = C.PyTuple_GetItem(t, 2461)
	}
	if n == 2462 {
		item = C.PyList_GetItem(l, 2462) // finding: borrowedref
	}
	if n == 2463 {
		item = C.PyTuple_GetItem(t, 2463)
	}
	if n == 2464 {
		item = C.PyList_GetItem(l, 2464) // finding: borrowedref
	}
	if n == 2465 {
		item = C.PyTuple_GetItem(t, 2465)
	}
	if n == 2466 {
		item = C.PyList_GetItem(l, 2466) // finding: borrowedref
	}
	if n == 2467 {
		item = C.PyTuple_GetItem(t, 2467)
	}
	if n == 2468 {
		item = C.PyList_GetItem(l, 2468) // finding: borrowedref
	}
	if n == 2469 {
		item = C.PyTuple_GetItem(t, 2469)
	}
	if n == 2470 {
		item = C.PyList_GetItem(l, 2470) // finding: borrowedref
	}
	if n == 2471 {
		item = C.PyTuple_GetItem(t, 2471)
	}
	if n == 2472 {
		item = C.PyList_GetItem(l, 2472) // finding: borrowedref
	}
	if n == 2473 {
		item = C.PyTuple_GetItem(t, 2473)
	}
	if n == 2474 {
		item = C.PyList_GetItem(l, 2474) // finding: borrowedref
	}
	if n == 2475 {
		item = C.PyTuple_GetItem(t, 2475)
	}
	if n == 2476 {
		item = C.PyList_GetItem(l, 2476) // finding: borrowedref
	}
	if n == 2477 {
		item = C.PyTuple_GetItem(t, 2477)
	}
	if n == 2478 {
		item = C.PyList_GetItem(l, 2478) // finding: borrowedref
	}
	if n == 2479 {
		item = C.PyTuple_GetItem(t, 2479)
	}
	if n == 2480 {
		item = C.PyList_GetItem(l, 2480) // finding: borrowedref
	}
	if n == 2481 {
		item = C.PyTuple_GetItem(t, 2481)
	}
	if n == 2482 {
		item = C.PyList_GetItem(l, 2482) // finding: borrowedref
	}
	if n == 2483 {
		item = C.PyTuple_GetItem(t, 2483)
	}
	if n == 2484 {
		item = C.PyList_GetItem(l, 2484) // finding: borrowedref
	}
	if n == 2485 {
		item = C.PyTuple_GetItem(t, 2485)
	}
	if n == 2486 {
		item = C.PyList_GetItem(l, 2486) // finding: borrowedref
	}
	if n == 2487 {
		item = C.PyTuple_GetItem(t, 2487)
	}
	if n == 2488 {
		item = C.PyList_GetItem(l, 2488) // finding: borrowedref
	}
	if n == 2489 {
		item = C.PyTuple_GetItem(t, 2489)
	}
	if n == 2490 {
		item = C.PyList_GetItem(l, 2490) // finding: borrowedref
	}
	if n == 2491 {
		item = C.PyTuple_GetItem(t, 2491)
	}
	if n == 2492 {
		item = C.PyList_GetItem(l, 2492) // finding: borrowedref
	}
	if n == 2493 {
		item = C.PyTuple_GetItem(t, 2493)
	}
	if n == 2494 {
		item = C.PyList_GetItem(l, 2494) // finding: borrowedref
	}
	if n == 2495 {
		item = C.PyTuple_GetItem(t, 2495)
	}
	if n == 2496 {
		item = C.PyList_GetItem(l, 2496) // finding: borrowedref
	}
	if n == 2497 {
		item = C.PyTuple_GetItem(t, 2497)
	}
	if n == 2498 {
		item = C.PyList_GetItem(l, 2498) // finding: borrowedref
	}
	if n == 2499 {
		item = C.PyTuple_GetItem(t, 2499)
	}
	if n == 2500 {
		item = C.PyList_GetItem(l, 2500) // finding: borrowedref
	}
	if n == 2501 {
		item = C.PyTuple_GetItem(t, 2501)
	}
	if n == 2502 {
		item = C.PyList_GetItem(l, 2502) // finding: borrowedref
	}
	if n == 2503 {
		item = C.PyTuple_GetItem(t, 2503)
	}
	if n == 2504 {
		item = C.PyList_GetItem(l, 2504) // finding: borrowedref
	}
	if n == 2505 {
		item = C.PyTuple_GetItem(t, 2505)
	}
	if n == 2506 {
		item = C.PyList_GetItem(l, 2506) // finding: borrowedref
	}
	if n == 2507 {
		item = C.PyTuple_GetItem(t, 2507)
	}
	if n == 2508 {
		item = C.PyList_GetItem(l, 2508) // finding: borrowedref
	}
	if n == 2509 {
		item = C.PyTuple_GetItem(t, 2509)
	}
	if n == 2510 {
		item = C.PyList_GetItem(l, 2510) // finding: borrowedref
	}
	if n == 2511 {
		item = C.PyTuple_GetItem(t, 2511)
	}
	if n == 2512 {
		item = C.PyList_GetItem(l, 2512) // finding: borrowedref
	}
	if n == 2513 {
		item = C.PyTuple_GetItem(t, 2513)
	}
	if n == 2514 {
		item = C.PyList_GetItem(l, 2514) // finding: borrowedref
	}
	if n == 2515 {
		item = C.PyTuple_GetItem(t, 2515)
	}
	if n == 2516 {
		item = C.PyList_GetItem(l, 2516) // finding: borrowedref
	}
	if n == 2517 {
		item = C.PyTuple_GetItem(t, 2517)
	}
	if n == 2518 {
		item = C.PyList_GetItem(l, 2518) // finding: borrowedref
	}
	if n == 2519 {
		item = C.PyTuple_GetItem(t, 2519)
	}
	if n == 2520 {
		item = C.PyList_GetItem(l, 2520) // finding: borrowedref
	}
	if n == 2521 {
		item = C.PyTuple_GetItem(t, 2521)
	}
	if n == 2522 {
		item = C.PyList_GetItem(l, 2522) // finding: borrowedref
	}
	if n == 2523 {
		item = C.PyTuple_GetItem(t, 2523)
	}
	if n == 2524 {
		item = C.PyList_GetItem(l, 2524) // finding: borrowedref
	}
	if n == 2525 {
		item = C.PyTuple_GetItem(t, 2525)
	}
	if n == 2526 {
		item = C.PyList_GetItem(l, 2526) // finding: borrowedref
	}
	if n == 2527 {
		item = C.PyTuple_GetItem(t, 2527)
	}
	if n == 2528 {
		item = C.PyList_GetItem(l, 2528) // finding: borrowedref
	}
	if n == 2529 {
		item = C.PyTuple_GetItem(t, 2529)
	}
	if n == 2530 {
		item = C.PyList_GetItem(l, 2530) // finding: borrowedref
	}
	if n == 2531 {
		item = C.PyTuple_GetItem(t, 2531)
	}
	if n == 2532 {
		item = C.PyList_GetItem(l, 2532) // finding: borrowedref
	}
	if n == 2533 {
		item = C.PyTuple_GetItem(t, 2533)
	}
	if n == 2534 {
		item = C.PyList_GetItem(l, 2534) // finding: borrowedref
	}
	if n == 2535 {
		item = C.PyTuple_GetItem(t, 2535)
	}
	if n == 2536 {
		item = C.PyList_GetItem(l, 2536) // finding: borrowedref
	}
	if n == 2537 {
		item = C.PyTuple_GetItem(t, 2537)
	}
	if n == 2538 {
		item = C.PyList_GetItem(l, 2538) // finding: borrowedref
	}
	if n == 2539 {
		item = C.PyTuple_GetItem(t, 2539)
	}
	if n == 2540 {
		item = C.PyList_GetItem(l, 2540) // finding: borrowedref
	}
	if n == 2541 {
		item = C.PyTuple_GetItem(t, 2541)
	}
	if n == 2542 {
		item = C.PyList_GetItem(l, 2542) // finding: borrowedref
	}
	if n == 2543 {
		item = C.PyTuple_GetItem(t, 2543)
	}
	if n == 2544 {
		item = C.PyList_GetItem(l, 2544) // finding: borrowedref
	}
	if n == 2545 {
		item = C.PyTuple_GetItem(t, 2545)
	}
	if n == 2546 {
		item = C.PyList_GetItem(l, 2546) // finding: borrowedref
	}
	if n == 2547 {
		item = C.PyTuple_GetItem(t, 2547)
	}
	if n == 2548 {
		item = C.PyList_GetItem(l, 2548) // finding: borrowedref
	}
	if n == 2549 {
		item = C.PyTuple_GetItem(t, 2549)
	}
	if n == 2550 {
		item = C.PyList_GetItem(l, 2550) // finding: borrowedref
	}
	if n == 2551 {
		item = C.PyTuple_GetItem(t, 2551)
	}
	if n == 2552 {
		item = C.PyList_GetItem(l, 2552) // finding: borrowedref
	}
	if n == 2553 {
		item = C.PyTuple_GetItem(t, 2553)
	}
	if n == 2554 {
		item = C.PyList_GetItem(l, 2554) // finding: borrowedref
	}
	if n == 2555 {
		item = C.PyTuple_GetItem(t, 2555)
	}
	if n == 2556 {
		item = C.PyList_GetItem(l, 2556) // finding: borrowedref
	}
	if n == 2557 {
		item = C.PyTuple_GetItem(t, 2557)
	}
	if n == 2558 {
		item = C.PyList_GetItem(l, 2558) // finding: borrowedref
	}
	if n == 2559 {
		item = C.PyTuple_GetItem(t, 2559)
	}
	if n == 2560 {
		item = C.PyList_GetItem(l, 2560) // finding: borrowedref
	}
	if n == 2561 {
		item = C.PyTuple_GetItem(t, 2561)
	}
	if n == 2562 {
		item = C.PyList_GetItem(l, 2562) // finding: borrowedref
	}
	if n == 2563 {
		item = C.PyTuple_GetItem(t, 2563)
	}
	if n == 2564 {
		item = C.PyList_GetItem(l, 2564) // finding: borrowedref
	}
	if n == 2565 {
		item = C.PyTuple_GetItem(t, 2565)
	}
	if n == 2566 {
		item = C.PyList_GetItem(l, 2566) // finding: borrowedref
	}
	if n == 2567 {
		item = C.PyTuple_GetItem(t, 2567)
	}
	if n == 2568 {
		item = C.PyList_GetItem(l, 2568) // finding: borrowedref
	}
	if n == 2569 {
		item = C.PyTuple_GetItem(t, 2569)
	}
	if n == 2570 {
		item = C.PyList_GetItem(l, 2570) // finding: borrowedref
	}
	if n == 2571 {
		item = C.PyTuple_GetItem(t, 2571)
	}
	if n == 2572 {
		item = C.PyList_GetItem(l, 2572) // finding: borrowedref
	}
	if n == 2573 {
		item = C.PyTuple_GetItem(t, 2573)
	}
	if n == 2574 {
		item = C.PyList_GetItem(l, 2574) // finding: borrowedref
	}
	if n == 2575 {
		item = C.PyTuple_GetItem(t, 2575)
	}
	if n == 2576 {
		item = C.PyList_GetItem(l, 2576) // finding: borrowedref
	}
	if n == 2577 {
		item = C.PyTuple_GetItem(t, 2577)
	}
	if n == 2578 {
		item = C.PyList_GetItem(l, 2578) // finding: borrowedref
	}
	if n == 2579 {
		item = C.PyTuple_GetItem(t, 2579)
	}
	if n == 2580 {
		item = C.PyList_GetItem(l, 2580) // finding: borrowedref
	}
	if n == 2581 {
		item = C.PyTuple_GetItem(t, 2581)
	}
	if n == 2582 {
		item = C.PyList_GetItem(l, 2582) // finding: borrowedref
	}
	if n == 2583 {
		item = C.PyTuple_GetItem(t, 2583)
	}
	if n == 2584 {
		item = C.PyList_GetItem(l, 2584) // finding: borrowedref
	}
	if n == 2585 {
		item = C.PyTuple_GetItem(t, 2585)
	}
	if n == 2586 {
		item = C.PyList_GetItem(l, 2586) // finding: borrowedref
	}
	if n == 2587 {
		item = C.PyTuple_GetItem(t, 2587)
	}
	if n == 2588 {
		item = C.PyList_GetItem(l, 2588) // finding: borrowedref
	}
	if n == 2589 {
		item = C.PyTuple_GetItem(t, 2589)
	}
	if n == 2590 {
		item = C.PyList_GetItem(l, 2590) // finding: borrowedref
	}
	if n == 2591 {
		item = C.PyTuple_GetItem(t, 2591)
	}
	if n == 2592 {
		item = C.PyList_GetItem(l, 2592) // finding: borrowedref
	}
	if n == 2593 {
		item = C.PyTuple_GetItem(t, 2593)
	}
	if n == 2594 {
		item = C.PyList_GetItem(l, 2594) // finding: borrowedref
	}
	if n == 2595 {
		item = C.PyTuple_GetItem(t, 2595)
	}
	if n == 2596 {
		item = C.PyList_GetItem(l, 2596) // finding: borrowedref
	}
	if n == 2597 {
		item = C.PyTuple_GetItem(t, 2597)
	}
	if n == 2598 {
		item = C.PyList_GetItem(l, 2598) // finding: borrowedref
	}
	if n == 2599 {
		item = C.PyTuple_GetItem(t, 2599)
	}
	if n == 2600 {
		item = C.PyList_GetItem(l, 2600) // finding: borrowedref
	}
	if n == 2601 {
		item = C.PyTuple_GetItem(t, 2601)
	}
	if n == 2602 {
		item = C.PyList_GetItem(l, 2602) // finding: borrowedref
	}
	if n == 2603 {
		item = C.PyTuple_GetItem(t, 2603)
	}
	if n == 2604 {
		item = C.PyList_GetItem(l, 2604) // finding: borrowedref
	}
	if n == 2605 {
		item = C.PyTuple_GetItem(t, 2605)
	}
	if n == 2606 {
		item = C.PyList_GetItem(l, 2606) // finding: borrowedref
	}
	if n == 2607 {
		item = C.PyTuple_GetItem(t, 2607)
	}
	if n == 2608 {
		item = C.PyList_GetItem(l, 2608) // finding: borrowedref
	}
	if n == 2609 {
		item = C.PyTuple_GetItem(t, 2609)
	}
	if n == 2610 {
		item = C.PyList_GetItem(l, 2610) // finding: borrowedref
	}
	if n == 2611 {
		item = C.PyTuple_GetItem(t, 2611)
	}
	if n == 2612 {
		item = C.PyList_GetItem(l, 2612) // finding: borrowedref
	}
	if n == 2613 {
		item = C.PyTuple_GetItem(t, 2613)
	}
	if n == 2614 {
		item = C.PyList_GetItem(l, 2614) // finding: borrowedref
	}
	if n == 2615 {
		item = C.PyTuple_GetItem(t, 2615)
	}
	if n == 2616 {
		item = C.PyList_GetItem(l, 2616) // finding: borrowedref
	}
	if n == 2617 {
		item = C.PyTuple_GetItem(t, 2617)
	}
	if n == 2618 {
		item = C.PyList_GetItem(l, 2618) // finding: borrowedref
	}
	if n == 2619 {
		item = C.PyTuple_GetItem(t, 2619)
	}
	if n == 2620 {
		item = C.PyList_GetItem(l, 2620) // finding: borrowedref
	}
	if n == 2621 {
		item = C.PyTuple_GetItem(t, 2621)
	}
	if n == 2622 {
		item = C.PyList_GetItem(l, 2622) // finding: borrowedref
	}
	if n == 2623 {
		item = C.PyTuple_GetItem(t, 2623)
	}
	if n == 2624 {
		item = C.PyList_GetItem(l, 2624) // finding: borrowedref
	}
	if n == 2625 {
		item = C.PyTuple_GetItem(t, 2625)
	}
	if n == 2626 {
		item = C.PyList_GetItem(l, 2626) // finding: borrowedref
	}
	if n == 2627 {
		item = C.PyTuple_GetItem(t, 2627)
	}
	if n == 2628 {
		item = C.PyList_GetItem(l, 2628) // finding: borrowedref
	}
	if n == 2629 {
		item = C.PyTuple_GetItem(t, 2629)
	}
	if n == 2630 {
		item = C.PyList_GetItem(l, 2630) // finding: borrowedref
	}
	if n == 2631 {
		item = C.PyTuple_GetItem(t, 2631)
	}
	if n == 2632 {
		item = C.PyList_GetItem(l, 2632) // finding: borrowedref
	}
	if n == 2633 {
		item = C.PyTuple_GetItem(t, 2633)
	}
	if n == 2634 {
		item = C.PyList_GetItem(l, 2634) // finding: borrowedref
	}
	if n == 2635 {
		item = C.PyTuple_GetItem(t, 2635)
	}
	if n == 2636 {
		item = C.PyList_GetItem(l, 2636) // finding: borrowedref
	}
	if n == 2637 {
		item = C.PyTuple_GetItem(t, 2637)
	}
	if n == 2638 {
		item = C.PyList_GetItem(l, 2638) // finding: borrowedref
	}
	if n == 2639 {
		item = C.PyTuple_GetItem(t, 2639)
	}
	if n == 2640 {
		item = C.PyList_GetItem(l, 2640) // finding: borrowedref
	}
	if n == 2641 {
		item = C.PyTuple_GetItem(t, 2641)
	}
	if n == 2642 {
		item = C.PyList_GetItem(l, 2642) // finding: borrowedref
	}
	if n == 2643 {
		item = C.PyTuple_GetItem(t, 2643)
	}
	if n == 2644 {
		item = C.PyList_GetItem(l, 2644) // finding: borrowedref
	}
	if n == 2645 {
		item = C.PyTuple_GetItem(t, 2645)
	}
	if n == 2646 {
		item = C.PyList_GetItem(l, 2646) // finding: borrowedref
	}
	if n == 2647 {
		item = C.PyTuple_GetItem(t, 2647)
	}
	if n == 2648 {
		item = C.PyList_GetItem(l, 2648) // finding: borrowedref
	}
	if n == 2649 {
		item = C.PyTuple_GetItem(t, 2649)
	}
	if n == 2650 {
		item = C.PyList_GetItem(l, 2650) // finding: borrowedref
	}
	if n == 2651 {
		item = C.PyTuple_GetItem(t, 2651)
	}
	if n == 2652 {
		item = C.PyList_GetItem(l, 2652) // finding: borrowedref
	}
	if n == 2653 {
		item = C.PyTuple_GetItem(t, 2653)
	}
	if n == 2654 {
		item = C.PyList_GetItem(l, 2654) // finding: borrowedref
	}
	if n == 2655 {
		item = C.PyTuple_GetItem(t, 2655)
	}
	if n == 2656 {
		item = C.PyList_GetItem(l, 2656) // finding: borrowedref
	}
	if n == 2657 {
		item = C.PyTuple_GetItem(t, 2657)
	}
	if n == 2658 {
		item = C.PyList_GetItem(l, 2658) // finding: borrowedref
	}
	if n == 2659 {
		item = C.PyTuple_GetItem(t, 2659)
	}
	if n == 2660 {
		item = C.PyList_GetItem(l, 2660) // finding: borrowedref
	}
	if n == 2661 {
		item = C.PyTuple_GetItem(t, 2661)
	}
	if n == 2662 {
		item = C.PyList_GetItem(l, 2662) // finding: borrowedref
	}
	if n == 2663 {
		item = C.PyTuple_GetItem(t, 2663)
	}
	if n == 2664 {
		item = C.PyList_GetItem(l, 2664) // finding: borrowedref
	}
	if n == 2665 {
		item = C.PyTuple_GetItem(t, 2665)
	}
	if n == 2666 {
		item = C.PyList_GetItem(l, 2666) // finding: borrowedref
	}
	if n == 2667 {
		item = C.PyTuple_GetItem(t, 2667)
	}
	if n == 2668 {
		item = C.PyList_GetItem(l, 2668) // finding: borrowedref
	}
	if n == 2669 {
		item = C.PyTuple_GetItem(t, 2669)
	}
	if n == 2670 {
		item = C.PyList_GetItem(l, 2670) // finding: borrowedref
	}
	if n == 2671 {
		item = C.PyTuple_GetItem(t, 2671)
	}
	if n == 2672 {
		item = C.PyList_GetItem(l, 2672) // finding: borrowedref
	}
	if n == 2673 {
		item = C.PyTuple_GetItem(t, 2673)
	}
	if n == 2674 {
		item = C.PyList_GetItem(l, 2674) // finding: borrowedref
	}
	if n == 2675 {
		item = C.PyTuple_GetItem(t, 2675)
	}
	if n == 2676 {
		item = C.PyList_GetItem(l, 2676) // finding: borrowedref
	}
	if n == 2677 {
		item = C.PyTuple_GetItem(t, 2677)
	}
	if n == 2678 {
		item = C.PyList_GetItem(l, 2678) // finding: borrowedref
	}
	if n == 2679 {
		item = C.PyTuple_GetItem(t, 2679)
	}
	if n == 2680 {
		item = C.PyList_GetItem(l, 2680) // finding: borrowedref
	}
	if n == 2681 {
		item = C.PyTuple_GetItem(t, 2681)
	}
	if n == 2682 {
		item = C.PyList_GetItem(l, 2682) // finding: borrowedref
	}
	if n == 2683 {
		item = C.PyTuple_GetItem(t, 2683)
	}
	if n == 2684 {
		item = C.PyList_GetItem(l, 2684) // finding: borrowedref
	}
	if n == 2685 {
		item = C.PyTuple_GetItem(t, 2685)
	}
	if n == 2686 {
		item = C.PyList_GetItem(l, 2686) // finding: borrowedref
	}
	if n == 2687 {
		item = C.PyTuple_GetItem(t, 2687)
	}
	if n == 2688 {
		item = C.PyList_GetItem(l, 2688) // finding: borrowedref
	}
	if n == 2689 {
		item = C.PyTuple_GetItem(t, 2689)
	}
	if n == 2690 {
		item = C.PyList_GetItem(l, 2690) // finding: borrowedref
	}
	if n == 2691 {
		item = C.PyTuple_GetItem(t, 2691)
	}
	if n == 2692 {
		item = C.PyList_GetItem(l, 2692) // finding: borrowedref
	}
	if n == 2693 {
		item = C.PyTuple_GetItem(t, 2693)
	}
	if n == 2694 {
		item = C.PyList_GetItem(l, 2694) // finding: borrowedref
	}
	if n == 2695 {
		item = C.PyTuple_GetItem(t, 2695)
	}
	if n == 2696 {
		item = C.PyList_GetItem(l, 2696) // finding: borrowedref
	}
	if n == 2697 {
		item = C.PyTuple_GetItem(t, 2697)
	}
	if n == 2698 {
		item = C.PyList_GetItem(l, 2698) // finding: borrowedref
	}
	if n == 2699 {
		item = C.PyTuple_GetItem(t, 2699)
	}
	if n == 2700 {
		item = C.PyList_GetItem(l, 2700) // finding: borrowedref
	}
	if n == 2701 {
		item = C.PyTuple_GetItem(t, 2701)
	}
	if n == 2702 {
		item = C.PyList_GetItem(l, 2702) // finding: borrowedref
	}
	if n == 2703 {
		item = C.PyTuple_GetItem(t, 2703)
	}
	if n == 2704 {
		item = C.PyList_GetItem(l, 2704) // finding: borrowedref
	}
	if n == 2705 {
		item = C.PyTuple_GetItem(t, 2705)
	}
	if n == 2706 {
		item = C.PyList_GetItem(l, 2706) // finding: borrowedref
	}
	if n == 2707 {
		item = C.PyTuple_GetItem(t, 2707)
	}
	if n == 2708 {
		item = C.PyList_GetItem(l, 2708) // finding: borrowedref
	}
	if n == 2709 {
		item = C.PyTuple_GetItem(t, 2709)
	}
	if n == 2710 {
		item = C.PyList_GetItem(l, 2710) // finding: borrowedref
	}
	if n == 2711 {
		item = C.PyTuple_GetItem(t, 2711)
	}
	if n == 2712 {
		item = C.PyList_GetItem(l, 2712) // finding: borrowedref
	}
	if n == 2713 {
		item = C.PyTuple_GetItem(t, 2713)
	}
	if n == 2714 {
		item = C.PyList_GetItem(l, 2714) // finding: borrowedref
	}
	if n == 2715 {
		item = C.PyTuple_GetItem(t, 2715)
	}
	if n == 2716 {
		item = C.PyList_GetItem(l, 2716) // finding: borrowedref
	}
	if n == 2717 {
		item = C.PyTuple_GetItem(t, 2717)
	}
	if n == 2718 {
		item = C.PyList_GetItem(l, 2718) // finding: borrowedref
	}
	if n == 2719 {
		item = C.PyTuple_GetItem(t, 2719)
	}
	if n == 2720 {
		item = C.PyList_GetItem(l, 2720) // finding: borrowedref
	}
	if n == 2721 {
		item = C.PyTuple_GetItem(t, 2721)
	}
	if n == 2722 {
		item = C.PyList_GetItem(l, 2722) // finding: borrowedref
	}
	if n == 2723 {
		item = C.PyTuple_GetItem(t, 2723)
	}
	if n == 2724 {
		item = C.PyList_GetItem(l, 2724) // finding: borrowedref
	}
	if n == 2725 {
		item = C.PyTuple_GetItem(t, 2725)
	}
	if n == 2726 {
		item = C.PyList_GetItem(l, 2726) // finding: borrowedref
	}
	if n == 2727 {
		item = C.PyTuple_GetItem(t, 2727)
	}
	if n == 2728 {
		item = C.PyList_GetItem(l, 2728) // finding: borrowedref
	}
	if n == 2729 {
		item = C.PyTuple_GetItem(t, 2729)
	}
	if n == 2730 {
		item = C.PyList_GetItem(l, 2730) // finding: borrowedref
	}
	if n == 2731 {
		item = C.PyTuple_GetItem(t, 2731)
	}
	if n == 2732 {
		item = C.PyList_GetItem(l, 2732) // finding: borrowedref
	}
	if n == 2733 {
		item = C.PyTuple_GetItem(t, 2733)
	}
	if n == 2734 {
		item = C.PyList_GetItem(l, 2734) // finding: borrowedref
	}
	if n == 2735 {
		item = C.PyTuple_GetItem(t, 2735)
	}
	if n == 2736 {
		item = C.PyList_GetItem(l, 2736) // finding: borrowedref
	}
	if n == 2737 {
		item = C.PyTuple_GetItem(t, 2737)
	}
	if n == 2738 {
		item = C.PyList_GetItem(l, 2738) // finding: borrowedref
	}
	if n == 2739 {
		item = C.PyTuple_GetItem(t, 2739)
	}
	if n == 2740 {
		item = C.PyList_GetItem(l, 2740) // finding: borrowedref
	}
	if n == 2741 {
		item = C.PyTuple_GetItem(t, 2741)
	}
	if n == 2742 {
		item = C.PyList_GetItem(l, 2742) // finding: borrowedref
	}
	if n == 2743 {
		item = C.PyTuple_GetItem(t, 2743)
	}
	if n == 2744 {
		item = C.PyList_GetItem(l, 2744) // finding: borrowedref
	}
	if n == 2745 {
		item = C.PyTuple_GetItem(t, 2745)
	}
	if n == 2746 {
		item = C.PyList_GetItem(l, 2746) // finding: borrowedref
	}
	if n == 2747 {
		item = C.PyTuple_GetItem(t, 2747)
	}
	if n == 2748 {
		item = C.PyList_GetItem(l, 2748) // finding: borrowedref
	}
	if n == 2749 {
		item = C.PyTuple_GetItem(t, 2749)
	}
	if n == 2750 {
		item = C.PyList_GetItem(l, 2750) // finding: borrowedref
	}
	if n == 2751 {
		item = C.PyTuple_GetItem(t, 2751)
	}
	if n == 2752 {
		item = C.PyList_GetItem(l, 2752) // finding: borrowedref
	}
	if n == 2753 {
		item = C.PyTuple_GetItem(t, 2753)
	}
	if n == 2754 {
		item = C.PyList_GetItem(l, 2754) // finding: borrowedref
	}
	if n == 2755 {
		item = C.PyTuple_GetItem(t, 2755)
	}
	if n == 2756 {
		item = C.PyList_GetItem(l, 2756) // finding: borrowedref
	}
	if n == 2757 {
		item = C.PyTuple_GetItem(t, 2757)
	}
	if n == 2758 {
		item = C.PyList_GetItem(l, 2758) // finding: borrowedref
	}
	if n == 2759 {
		item = C.PyTuple_GetItem(t, 2759)
	}
	if n == 2760 {
		item = C.PyList_GetItem(l, 2760) // finding: borrowedref
	}
	if n == 2761 {
		item = C.PyTuple_GetItem(t, 2761)
	}
	if n == 2762 {
		item = C.PyList_GetItem(l, 2762) // finding: borrowedref
	}
	if n == 2763 {
		item = C.PyTuple_GetItem(t, 2763)
	}
	if n == 2764 {
		item = C.PyList_GetItem(l, 2764) // finding: borrowedref
	}
	if n == 2765 {
		item = C.PyTuple_GetItem(t, 2765)
	}
	if n == 2766 {
		item = C.PyList_GetItem(l, 2766) // finding: borrowedref
	}
	if n == 2767 {
		item = C.PyTuple_GetItem(t, 2767)
	}
	if n == 2768 {
		item = C.PyList_GetItem(l, 2768) // finding: borrowedref
	}
	if n == 2769 {
		item = C.PyTuple_GetItem(t, 2769)
	}
	if n == 2770 {
		item = C.PyList_GetItem(l, 2770) // finding: borrowedref
	}
	if n == 2771 {
		item = C.PyTuple_GetItem(t, 2771)
	}
	if n == 2772 {
		item = C.PyList_GetItem(l, 2772) // finding: borrowedref
	}
	if n == 2773 {
		item = C.PyTuple_GetItem(t, 2773)
	}
	if n == 2774 {
		item = C.PyList_GetItem(l, 2774) // finding: borrowedref
	}
	if n == 2775 {
		item = C.PyTuple_GetItem(t, 2775)
	}
	if n == 2776 {
		item = C.PyList_GetItem(l, 2776) // finding: borrowedref
	}
	if n == 2777 {
		item = C.PyTuple_GetItem(t, 2777)
	}
	if n == 2778 {
		item = C.PyList_GetItem(l, 2778) // finding: borrowedref
	}
	if n == 2779 {
		item = C.PyTuple_GetItem(t, 2779)
	}
	if n == 2780 {
		item = C.PyList_GetItem(l, 2780) // finding: borrowedref
	}
	if n == 2781 {
		item = C.PyTuple_GetItem(t, 2781)
	}
	if n == 2782 {
		item = C.PyList_GetItem(l, 2782) // finding: borrowedref
	}
	if n == 2783 {
		item = C.PyTuple_GetItem(t, 2783)
	}
	if n == 2784 {
		item = C.PyList_GetItem(l, 2784) // finding: borrowedref
	}
	if n == 2785 {
		item = C.PyTuple_GetItem(t, 2785)
	}
	if n == 2786 {
		item = C.PyList_GetItem(l, 2786) // finding: borrowedref
	}
	if n == 2787 {
		item = C.PyTuple_GetItem(t, 2787)
	}
	if n == 2788 {
		item = C.PyList_GetItem(l, 2788) // finding: borrowedref
	}
	if n == 2789 {
		item = C.PyTuple_GetItem(t, 2789)
	}
	if n == 2790 {
		item = C.PyList_GetItem(l, 2790) // finding: borrowedref
	}
	if n == 2791 {
		item = C.PyTuple_GetItem(t, 2791)
	}
	if n == 2792 {
		item = C.PyList_GetItem(l, 2792) // finding: borrowedref
	}
	if n == 2793 {
		item = C.PyTuple_GetItem(t, 2793)
	}
	if n == 2794 {
		item = C.PyList_GetItem(l, 2794) // finding: borrowedref
	}
	if n == 2795 {
		item = C.PyTuple_GetItem(t, 2795)
	}
	if n == 2796 {
		item = C.PyList_GetItem(l, 2796) // finding: borrowedref
	}
	if n == 2797 {
		item = C.PyTuple_GetItem(t, 2797)
	}
	if n == 2798 {
		item = C.PyList_GetItem(l, 2798) // finding: borrowedref
	}
	if n == 2799 {
		item = C.PyTuple_GetItem(t, 2799)
	}
	if n == 2800 {
		item = C.PyList_GetItem(l, 2800) // finding: borrowedref
	}
	if n == 2801 {
		item = C.PyTuple_GetItem(t, 2801)
	}
	if n == 2802 {
		item = C.PyList_GetItem(l, 2802) // finding: borrowedref
	}
	if n == 2803 {
		item = C.PyTuple_GetItem(t, 2803)
	}
	if n == 2804 {
		item = C.PyList_GetItem(l, 2804) // finding: borrowedref
	}
	if n == 2805 {
		item = C.PyTuple_GetItem(t, 2805)
	}
	if n == 2806 {
		item = C.PyList_GetItem(l, 2806) // finding: borrowedref
	}
	if n == 2807 {
		item = C.PyTuple_GetItem(t, 2807)
	}
	if n == 2808 {
		item = C.PyList_GetItem(l, 2808) // finding: borrowedref
	}
	if n == 2809 {
		item = C.PyTuple_GetItem(t, 2809)
	}
	if n == 2810 {
		item = C.PyList_GetItem(l, 2810) // finding: borrowedref
	}
	if n == 2811 {
		item = C.PyTuple_GetItem(t, 2811)
	}
	if n == 2812 {
		item = C.PyList_GetItem(l, 2812) // finding: borrowedref
	}
	if n == 2813 {
		item = C.PyTuple_GetItem(t, 2813)
	}
	if n == 2814 {
		item = C.PyList_GetItem(l, 2814) // finding: borrowedref
	}
	if n == 2815 {
		item = C.PyTuple_GetItem(t, 2815)
	}
	if n == 2816 {
		item = C.PyList_GetItem(l, 2816) // finding: borrowedref
	}
	if n == 2817 {
		item = C.PyTuple_GetItem(t, 2817)
	}
	if n == 2818 {
		item = C.PyList_GetItem(l, 2818) // finding: borrowedref
	}
	if n == 2819 {
		item = C.PyTuple_GetItem(t, 2819)
	}
	if n == 2820 {
		item = C.PyList_GetItem(l, 2820) // finding: borrowedref
	}
	if n == 2821 {
		item = C.PyTuple_GetItem(t, 2821)
	}
	if n == 2822 {
		item = C.PyList_GetItem(l, 2822) // finding: borrowedref
	}
	if n == 2823 {
		item = C.PyTuple_GetItem(t, 2823)
	}
	if n == 2824 {
		item = C.PyList_GetItem(l, 2824) // finding: borrowedref
	}
	if n == 2825 {
		item = C.PyTuple_GetItem(t, 2825)
	}
	if n == 2826 {
		item = C.PyList_GetItem(l, 2826) // finding: borrowedref
	}
	if n == 2827 {
		item = C.PyTuple_GetItem(t, 2827)
	}
	if n == 2828 {
		item = C.PyList_GetItem(l, 2828) // finding: borrowedref
	}
	if n == 2829 {
		item = C.PyTuple_GetItem(t, 2829)
	}
	if n == 2830 {
		item = C.PyList_GetItem(l, 2830) // finding: borrowedref
	}
	if n == 2831 {
		item = C.PyTuple_GetItem(t, 2831)
	}
	if n == 2832 {
		item = C.PyList_GetItem(l, 2832) // finding: borrowedref
	}
	if n == 2833 {
		item = C.PyTuple_GetItem(t, 2833)
	}
	if n == 2834 {
		item = C.PyList_GetItem(l, 2834) // finding: borrowedref
	}
	if n == 2835 {
		item = C.PyTuple_GetItem(t, 2835)
	}
	if n == 2836 {
		item = C.PyList_GetItem(l, 2836) // finding: borrowedref
	}
	if n == 2837 {
		item = C.PyTuple_GetItem(t, 2837)
	}
	if n == 2838 {
		item = C.PyList_GetItem(l, 2838) // finding: borrowedref
	}
	if n == 2839 {
		item = C.PyTuple_GetItem(t, 2839)
	}
	if n == 2840 {
		item = C.PyList_GetItem(l, 2840) // finding: borrowedref
	}
	if n == 2841 {
		item = C.PyTuple_GetItem(t, 2841)
	}
	if n == 2842 {
		item = C.PyList_GetItem(l, 2842) // finding: borrowedref
	}
	if n == 2843 {
		item = C.PyTuple_GetItem(t, 2843)
	}
	if n == 2844 {
		item = C.PyList_GetItem(l, 2844) // finding: borrowedref
	}
	if n == 2845 {
		item = C.PyTuple_GetItem(t, 2845)
	}
	if n == 2846 {
		item = C.PyList_GetItem(l, 2846) // finding: borrowedref
	}
	if n == 2847 {
		item = C.PyTuple_GetItem(t, 2847)
	}
	if n == 2848 {
		item = C.PyList_GetItem(l, 2848) // finding: borrowedref
	}
	if n == 2849 {
		item = C.PyTuple_GetItem(t, 2849)
	}
	if n == 2850 {
		item = C.PyList_GetItem(l, 2850) // finding: borrowedref
	}
	if n == 2851 {
		item = C.PyTuple_GetItem(t, 2851)
	}
	if n == 2852 {
		item = C.PyList_GetItem(l, 2852) // finding: borrowedref
	}
	if n == 2853 {
		item = C.PyTuple_GetItem(t, 2853)
	}
	if n == 2854 {
		item = C.PyList_GetItem(l, 2854) // finding: borrowedref
	}
	if n == 2855 {
		item = C.PyTuple_GetItem(t, 2855)
	}
	if n == 2856 {
		item = C.PyList_GetItem(l, 2856) // finding: borrowedref
	}
	if n == 2857 {
		item = C.PyTuple_GetItem(t, 2857)
	}
	if n == 2858 {
		item = C.PyList_GetItem(l, 2858) // finding: borrowedref
	}
	if n == 2859 {
		item = C.PyTuple_GetItem(t, 2859)
	}
	if n == 2860 {
		item = C.PyList_GetItem(l, 2860) // finding: borrowedref
	}
	if n == 2861 {
		item = C.PyTuple_GetItem(t, 2861)
	}
	if n == 2862 {
		item = C.PyList_GetItem(l, 2862) // finding: borrowedref
	}
	if n == 2863 {
		item = C.PyTuple_GetItem(t, 2863)
	}
	if n == 2864 {
		item = C.PyList_GetItem(l, 2864) // finding: borrowedref
	}
	if n == 2865 {
		item = C.PyTuple_GetItem(t, 2865)
	}
	if n == 2866 {
		item = C.PyList_GetItem(l, 2866) // finding: borrowedref
	}
	if n == 2867 {
		item = C.PyTuple_GetItem(t, 2867)
	}
	if n == 2868 {
		item = C.PyList_GetItem(l, 2868) // finding: borrowedref
	}
	if n == 2869 {
		item = C.PyTuple_GetItem(t, 2869)
	}
	if n == 2870 {
		item = C.PyList_GetItem(l, 2870) // finding: borrowedref
	}
	if n == 2871 {
		item = C.PyTuple_GetItem(t, 2871)
	}
	if n == 2872 {
		item = C.PyList_GetItem(l, 2872) // finding: borrowedref
	}
	if n == 2873 {
		item = C.PyTuple_GetItem(t, 2873)
	}
	if n == 2874 {
		item = C.PyList_GetItem(l, 2874) // finding: borrowedref
	}
	if n == 2875 {
		item = C.PyTuple_GetItem(t, 2875)
	}
	if n == 2876 {
		item = C.PyList_GetItem(l, 2876) // finding: borrowedref
	}
	if n == 2877 {
		item = C.PyTuple_GetItem(t, 2877)
	}
	if n == 2878 {
		item = C.PyList_GetItem(l, 2878) // finding: borrowedref
	}
	if n == 2879 {
		item = C.PyTuple_GetItem(t, 2879)
	}
	if n == 2880 {
		item = C.PyList_GetItem(l, 2880) // finding: borrowedref
	}
	if n == 2881 {
		item = C.PyTuple_GetItem(t, 2881)
	}
	if n == 2882 {
		item = C.PyList_GetItem(l, 2882) // finding: borrowedref
	}
	if n == 2883 {
		item = C.PyTuple_GetItem(t, 2883)
	}
	if n == 2884 {
		item = C.PyList_GetItem(l, 2884) // finding: borrowedref
	}
	if n == 2885 {
		item = C.PyTuple_GetItem(t, 2885)
	}
	if n == 2886 {
		item = C.PyList_GetItem(l, 2886) // finding: borrowedref
	}
	if n == 2887 {
		item = C.PyTuple_GetItem(t, 2887)
	}
	if n == 2888 {
		item = C.PyList_GetItem(l, 2888) // finding: borrowedref
	}
	if n == 2889 {
		item = C.PyTuple_GetItem(t, 2889)
	}
	if n == 2890 {
		item = C.PyList_GetItem(l, 2890) // finding: borrowedref
	}
	if n == 2891 {
		item = C.PyTuple_GetItem(t, 2891)
	}
	if n == 2892 {
		item = C.PyList_GetItem(l, 2892) // finding: borrowedref
	}
	if n == 2893 {
		item = C.PyTuple_GetItem(t, 2893)
	}
	if n == 2894 {
		item = C.PyList_GetItem(l, 2894) // finding: borrowedref
	}
	if n == 2895 {
		item = C.PyTuple_GetItem(t, 2895)
	}
	if n == 2896 {
		item = C.PyList_GetItem(l, 2896) // finding: borrowedref
	}
	if n == 2897 {
		item = C.PyTuple_GetItem(t, 2897)
	}
	if n == 2898 {
		item = C.PyList_GetItem(l, 2898) // finding: borrowedref
	}
	if n == 2899 {
		item = C.PyTuple_GetItem(t, 2899)
	}
	if n == 2900 {
		item = C.PyList_GetItem(l, 2900) // finding: borrowedref
	}
	if n == 2901 {
		item = C.PyTuple_GetItem(t, 2901)
	}
	if n == 2902 {
		item = C.PyList_GetItem(l, 2902) // finding: borrowedref
	}
	if n == 2903 {
		item = C.PyTuple_GetItem(t, 2903)
	}
	if n == 2904 {
		item = C.PyList_GetItem(l, 2904) // finding: borrowedref
	}
	if n == 2905 {
		item = C.PyTuple_GetItem(t, 2905)
	}
	if n == 2906 {
		item = C.PyList_GetItem(l, 2906) // finding: borrowedref
	}
	if n == 2907 {
		item = C.PyTuple_GetItem(t, 2907)
	}
	if n == 2908 {
		item = C.PyList_GetItem(l, 2908) // finding: borrowedref
	}
	if n == 2909 {
		item = C.PyTuple_GetItem(t, 2909)
	}
	if n == 2910 {
		item = C.PyList_GetItem(l, 2910) // finding: borrowedref
	}
	if n == 2911 {
		item = C.PyTuple_GetItem(t, 2911)
	}
	if n == 2912 {
		item = C.PyList_GetItem(l, 2912) // finding: borrowedref
	}
	if n == 2913 {
		item = C.PyTuple_GetItem(t, 2913)
	}
	if n == 2914 {
		item = C.PyList_GetItem(l, 2914) // finding: borrowedref
	}
	if n == 2915 {
		item = C.PyTuple_GetItem(t, 2915)
	}
	if n == 2916 {
		item = C.PyList_GetItem(l, 2916) // finding: borrowedref
	}
	if n == 2917 {
		item = C.PyTuple_GetItem(t, 2917)
	}
	if n == 2918 {
		item = C.PyList_GetItem(l, 2918) // finding: borrowedref
	}
	if n == 2919 {
		item = C.PyTuple_GetItem(t, 2919)
	}
	if n == 2920 {
		item = C.PyList_GetItem(l, 2920) // finding: borrowedref
	}
	if n == 2921 {
		item = C.PyTuple_GetItem(t, 2921)
	}
	if n == 2922 {
		item = C.PyList_GetItem(l, 2922) // finding: borrowedref
	}
	if n == 2923 {
		item = C.PyTuple_GetItem(t, 2923)
	}
	if n == 2924 {
		item = C.PyList_GetItem(l, 2924) // finding: borrowedref
	}
	if n == 2925 {
		item = C.PyTuple_GetItem(t, 2925)
	}
	if n == 2926 {
		item = C.PyList_GetItem(l, 2926) // finding: borrowedref
	}
	if n == 2927 {
		item = C.PyTuple_GetItem(t, 2927)
	}
	if n == 2928 {
		item = C.PyList_GetItem(l, 2928) // finding: borrowedref
	}
	if n == 2929 {
		item = C.PyTuple_GetItem(t, 2929)
	}
	if n == 2930 {
		item = C.PyList_GetItem(l, 2930) // finding: borrowedref
	}
	if n == 2931 {
		item = C.PyTuple_GetItem(t, 2931)
	}
	if n == 2932 {
		item = C.PyList_GetItem(l, 2932) // finding: borrowedref
	}
	if n == 2933 {
		item = C.PyTuple_GetItem(t, 2933)
	}
	if n == 2934 {
		item = C.PyList_GetItem(l, 2934) // finding: borrowedref
	}
	if n == 2935 {
		item = C.PyTuple_GetItem(t, 2935)
	}
	if n == 2936 {
		item = C.PyList_GetItem(l, 2936) // finding: borrowedref
	}
	if n == 2937 {
		item = C.PyTuple_GetItem(t, 2937)
	}
	if n == 2938 {
		item = C.PyList_GetItem(l, 2938) // finding: borrowedref
	}
	if n == 2939 {
		item = C.PyTuple_GetItem(t, 2939)
	}
	if n == 2940 {
		item = C.PyList_GetItem(l, 2940) // finding: borrowedref
	}
	if n == 2941 {
		item = C.PyTuple_GetItem(t, 2941)
	}
	if n == 2942 {
		item = C.PyList_GetItem(l, 2942) // finding: borrowedref
	}
	if n == 2943 {
		item = C.PyTuple_GetItem(t, 2943)
	}
	if n == 2944 {
		item = C.PyList_GetItem(l, 2944) // finding: borrowedref
	}
	if n == 2945 {
		item = C.PyTuple_GetItem(t, 2945)
	}
	if n == 2946 {
		item = C.PyList_GetItem(l, 2946) // finding: borrowedref
	}
	if n == 2947 {
		item = C.PyTuple_GetItem(t, 2947)
	}
	if n == 2948 {
		item = C.PyList_GetItem(l, 2948) // finding: borrowedref
	}
	if n == 2949 {
		item = C.PyTuple_GetItem(t, 2949)
	}
	if n == 2950 {
		item = C.PyList_GetItem(l, 2950) // finding: borrowedref
	}
	if n == 2951 {
		item = C.PyTuple_GetItem(t, 2951)
	}
	if n == 2952 {
		item = C.PyList_GetItem(l, 2952) // finding: borrowedref
	}
	if n == 2953 {
		item = C.PyTuple_GetItem(t, 2953)
	}
	if n == 2954 {
		item = C.PyList_GetItem(l, 2954) // finding: borrowedref
	}
	if n == 2955 {
		item = C.PyTuple_GetItem(t, 2955)
	}
	if n == 2956 {
		item = C.PyList_GetItem(l, 2956) // finding: borrowedref
	}
	if n == 2957 {
		item = C.PyTuple_GetItem(t, 2957)
	}
	if n == 2958 {
		item = C.PyList_GetItem(l, 2958) // finding: borrowedref
	}
	if n == 2959 {
		item = C.PyTuple_GetItem(t, 2959)
	}
	if n == 2960 {
		item = C.PyList_GetItem(l, 2960) // finding: borrowedref
	}
	if n == 2961 {
		item = C.PyTuple_GetItem(t, 2961)
	}
	if n == 2962 {
		item = C.PyList_GetItem(l, 2962) // finding: borrowedref
	}
	if n == 2963 {
		item = C.PyTuple_GetItem(t, 2963)
	}
	if n == 2964 {
		item = C.PyList_GetItem(l, 2964) // finding: borrowedref
	}
	if n == 2965 {
		item = C.PyTuple_GetItem(t, 2965)
	}
	if n == 2966 {
		item = C.PyList_GetItem(l, 2966) // finding: borrowedref
	}
	if n == 2967 {
		item = C.PyTuple_GetItem(t, 2967)
	}
	if n == 2968 {
		item = C.PyList_GetItem(l, 2968) // finding: borrowedref
	}
	if n == 2969 {
		item = C.PyTuple_GetItem(t, 2969)
	}
	if n == 2970 {
		item = C.PyList_GetItem(l, 2970) // finding: borrowedref
	}
	if n == 2971 {
		item = C.PyTuple_GetItem(t, 2971)
	}
	if n == 2972 {
		item = C.PyList_GetItem(l, 2972) // finding: borrowedref
	}
	if n == 2973 {
		item = C.PyTuple_GetItem(t, 2973)
	}
	if n == 2974 {
		item = C.PyList_GetItem(l, 2974) // finding: borrowedref
	}
	if n == 2975 {
		item = C.PyTuple_GetItem(t, 2975)
	}
	if n == 2976 {
		item = C.PyList_GetItem(l, 2976) // finding: borrowedref
	}
	if n == 2977 {
		item = C.PyTuple_GetItem(t, 2977)
	}
	if n == 2978 {
		item = C.PyList_GetItem(l, 2978) // finding: borrowedref
	}
	if n == 2979 {
		item = C.PyTuple_GetItem(t, 2979)
	}
	if n == 2980 {
		item = C.PyList_GetItem(l, 2980) // finding: borrowedref
	}
	if n == 2981 {
		item = C.PyTuple_GetItem(t, 2981)
	}
	if n == 2982 {
		item = C.PyList_GetItem(l, 2982) // finding: borrowedref
	}
	if n == 2983 {
		item = C.PyTuple_GetItem(t, 2983)
	}
	if n == 2984 {
		item = C.PyList_GetItem(l, 2984) // finding: borrowedref
	}
	if n == 2985 {
		item = C.PyTuple_GetItem(t, 2985)
	}
	if n == 2986 {
		item = C.PyList_GetItem(l, 2986) // finding: borrowedref
	}
	if n == 2987 {
		item = C.PyTuple_GetItem(t, 2987)
	}
	if n == 2988 {
		item = C.PyList_GetItem(l, 2988) // finding: borrowedref
	}
	if n == 2989 {
		item = C.PyTuple_GetItem(t, 2989)
	}
	if n == 2990 {
		item = C.PyList_GetItem(l, 2990) // finding: borrowedref
	}
	if n == 2991 {
		item = C.PyTuple_GetItem(t, 2991)
	}
	if n == 2992 {
		item = C.PyList_GetItem(l, 2992) // finding: borrowedref
	}
	if n == 2993 {
		item = C.PyTuple_GetItem(t, 2993)
	}
	if n == 2994 {
		item = C.PyList_GetItem(l, 2994) // finding: borrowedref
	}
	if n == 2995 {
		item = C.PyTuple_GetItem(t, 2995)
	}
	if n == 2996 {
		item = C.PyList_GetItem(l, 2996) // finding: borrowedref
	}
	if n == 2997 {
		item = C.PyTuple_GetItem(t, 2997)
	}
	if n == 2998 {
		item = C.PyList_GetItem(l, 2998) // finding: borrowedref
	}
	if n == 2999 {
		item = C.PyTuple_GetItem(t, 2999)
	}
	return C.PyObject_Repr(item)
}

// HugeGIL calls fn in every block; the last block returns without the
// Release.
func HugeGIL(fn *C.PyObject, n int) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	st := C.PyGILState_Ensure() // finding: gilstate
	if n == 0 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 3 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 4 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 5 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 6 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 7 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 8 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 9 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 10 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 11 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 12 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 13 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 14 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 15 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 16 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 17 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 18 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 19 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 20 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 21 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 22 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 23 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 24 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 25 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 26 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 27 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 28 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 29 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 30 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 31 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 32 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 33 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 34 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 35 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 36 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 37 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 38 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 39 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 40 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 41 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 42 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 43 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 44 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 45 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 46 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 47 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 48 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 49 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 50 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 51 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 52 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 53 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 54 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 55 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 56 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 57 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 58 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 59 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 60 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 61 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 62 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 63 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 64 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 65 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 66 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 67 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 68 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 69 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 70 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 71 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 72 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 73 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 74 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 75 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 76 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 77 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 78 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 79 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 80 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 81 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 82 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 83 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 84 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 85 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 86 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 87 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 88 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 89 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 90 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 91 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 92 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 93 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 94 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 95 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 96 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 97 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 98 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 99 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 100 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 101 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 102 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 103 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 104 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 105 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 106 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 107 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 108 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 109 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 110 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 111 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 112 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 113 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 114 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 115 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 116 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 117 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 118 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 119 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 120 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 121 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 122 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 123 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 124 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 125 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 126 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 127 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 128 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 129 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 130 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 131 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 132 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 133 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 134 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 135 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 136 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 137 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 138 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 139 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 140 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 141 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 142 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 143 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 144 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 145 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 146 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 147 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 148 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 149 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 150 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 151 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 152 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 153 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 154 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 155 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 156 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 157 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 158 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 159 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 160 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 161 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 162 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 163 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 164 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 165 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 166 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 167 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 168 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 169 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 170 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 171 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 172 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 173 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 174 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 175 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 176 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 177 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 178 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 179 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 180 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 181 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 182 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 183 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 184 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 185 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 186 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 187 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 188 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 189 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 190 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 191 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 192 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 193 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 194 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 195 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 196 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 197 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 198 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 199 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 200 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 201 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 202 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 203 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 204 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 205 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 206 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 207 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 208 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 209 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 210 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 211 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 212 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 213 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 214 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 215 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 216 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 217 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 218 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 219 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 220 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 221 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 222 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 223 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 224 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 225 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 226 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 227 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 228 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 229 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 230 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 231 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 232 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 233 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 234 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 235 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 236 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 237 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 238 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 239 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 240 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 241 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 242 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 243 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 244 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 245 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 246 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 247 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 248 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 249 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 250 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 251 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 252 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 253 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 254 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 255 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 256 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 257 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 258 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 259 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 260 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 261 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 262 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 263 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 264 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 265 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 266 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 267 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 268 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 269 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 270 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 271 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 272 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 273 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 274 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 275 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 276 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 277 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 278 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 279 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 280 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 281 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 282 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 283 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 284 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 285 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 286 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 287 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 288 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 289 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 290 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 291 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 292 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 293 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 294 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 295 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 296 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 297 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 298 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 299 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 300 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 301 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 302 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 303 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 304 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 305 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 306 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 307 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 308 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 309 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 310 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 311 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 312 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 313 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 314 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 315 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 316 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 317 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 318 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 319 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 320 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 321 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 322 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 323 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 324 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 325 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 326 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 327 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 328 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 329 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 330 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 331 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 332 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 333 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 334 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 335 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 336 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 337 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 338 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 339 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 340 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 341 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 342 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 343 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 344 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 345 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 346 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 347 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 348 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 349 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 350 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 351 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 352 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 353 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 354 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 355 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 356 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 357 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 358 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 359 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 360 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 361 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 362 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 363 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 364 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 365 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 366 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 367 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 368 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 369 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 370 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 371 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 372 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 373 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 374 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 375 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 376 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 377 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 378 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 379 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 380 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 381 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 382 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 383 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 384 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 385 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 386 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 387 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 388 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 389 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 390 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 391 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 392 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 393 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 394 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 395 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 396 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 397 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 398 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 399 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 400 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 401 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 402 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 403 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 404 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 405 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 406 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 407 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 408 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 409 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 410 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 411 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 412 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 413 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 414 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 415 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 416 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 417 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 418 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 419 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 420 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 421 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 422 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 423 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 424 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 425 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 426 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 427 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 428 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 429 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 430 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 431 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 432 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 433 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 434 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 435 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 436 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 437 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 438 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 439 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 440 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 441 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 442 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 443 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 444 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 445 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 446 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 447 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 448 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 449 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 450 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 451 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 452 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 453 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 454 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 455 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 456 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 457 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 458 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 459 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 460 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 461 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 462 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 463 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 464 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 465 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 466 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 467 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 468 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 469 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 470 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 471 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 472 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 473 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 474 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 475 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 476 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 477 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 478 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 479 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 480 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 481 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 482 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 483 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 484 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 485 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 486 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 487 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 488 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 489 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 490 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 491 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 492 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 493 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 494 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 495 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 496 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 497 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 498 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 499 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 500 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 501 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 502 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 503 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 504 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 505 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 506 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 507 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 508 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 509 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 510 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 511 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 512 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 513 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 514 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 515 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 516 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 517 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 518 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 519 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 520 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 521 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 522 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 523 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 524 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 525 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 526 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 527 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 528 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 529 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 530 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 531 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 532 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 533 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 534 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 535 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 536 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 537 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 538 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 539 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 540 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 541 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 542 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 543 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 544 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 545 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 546 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 547 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 548 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 549 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 550 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 551 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 552 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 553 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 554 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 555 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 556 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 557 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 558 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 559 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 560 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 561 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 562 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 563 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 564 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 565 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 566 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 567 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 568 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 569 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 570 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 571 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 572 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 573 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 574 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 575 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 576 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 577 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 578 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 579 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 580 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 581 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 582 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 583 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 584 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 585 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 586 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 587 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 588 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 589 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 590 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 591 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 592 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 593 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 594 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 595 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 596 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 597 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 598 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 599 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 600 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 601 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 602 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 603 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 604 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 605 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 606 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 607 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 608 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 609 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 610 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 611 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 612 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 613 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 614 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 615 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 616 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 617 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 618 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 619 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 620 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 621 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 622 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 623 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 624 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 625 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 626 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 627 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 628 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 629 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 630 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 631 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 632 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 633 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 634 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 635 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 636 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 637 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 638 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 639 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 640 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 641 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 642 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 643 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 644 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 645 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 646 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 647 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 648 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 649 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 650 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 651 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 652 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 653 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 654 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 655 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 656 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 657 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 658 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 659 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 660 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 661 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 662 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 663 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 664 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 665 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 666 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 667 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 668 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 669 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 670 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 671 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 672 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 673 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 674 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 675 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 676 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 677 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 678 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 679 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 680 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 681 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 682 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 683 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 684 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 685 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 686 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 687 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 688 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 689 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 690 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 691 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 692 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 693 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 694 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 695 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 696 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 697 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 698 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 699 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 700 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 701 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 702 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 703 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 704 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 705 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 706 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 707 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 708 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 709 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 710 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 711 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 712 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 713 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 714 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 715 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 716 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 717 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 718 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 719 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 720 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 721 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 722 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 723 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 724 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 725 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 726 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 727 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 728 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 729 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 730 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 731 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 732 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 733 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 734 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 735 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 736 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 737 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 738 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 739 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 740 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 741 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 742 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 743 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 744 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 745 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 746 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 747 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 748 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 749 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 750 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 751 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 752 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 753 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 754 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 755 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 756 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 757 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 758 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 759 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 760 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 761 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 762 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 763 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 764 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 765 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 766 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 767 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 768 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 769 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 770 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 771 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 772 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 773 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 774 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 775 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 776 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 777 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 778 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 779 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 780 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 781 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 782 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 783 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 784 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 785 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 786 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 787 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 788 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 789 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 790 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 791 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 792 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 793 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 794 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 795 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 796 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 797 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 798 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 799 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 800 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 801 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 802 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 803 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 804 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 805 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 806 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 807 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 808 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 809 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 810 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 811 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 812 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 813 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 814 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 815 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 816 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 817 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 818 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 819 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 820 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 821 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 822 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 823 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 824 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 825 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 826 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 827 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 828 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 829 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 830 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 831 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 832 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 833 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 834 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 835 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 836 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 837 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 838 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 839 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 840 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 841 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 842 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 843 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 844 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 845 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 846 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 847 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 848 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 849 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 850 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 851 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 852 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 853 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 854 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 855 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 856 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 857 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 858 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 859 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 860 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 861 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 862 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 863 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 864 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 865 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 866 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 867 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 868 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 869 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 870 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 871 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 872 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 873 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 874 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 875 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 876 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 877 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 878 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 879 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 880 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 881 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 882 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 883 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 884 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 885 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 886 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 887 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 888 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 889 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 890 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 891 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 892 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 893 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 894 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 895 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 896 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 897 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 898 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 899 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 900 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 901 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 902 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 903 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 904 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 905 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 906 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 907 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 908 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 909 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 910 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 911 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 912 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 913 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 914 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 915 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 916 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 917 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 918 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 919 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 920 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 921 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 922 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 923 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 924 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 925 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 926 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 927 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 928 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 929 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 930 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 931 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 932 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 933 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 934 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 935 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 936 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 937 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 938 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 939 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 940 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 941 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 942 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 943 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 944 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 945 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 946 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 947 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 948 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 949 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 950 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 951 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 952 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 953 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 954 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 955 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 956 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 957 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 958 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 959 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 960 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 961 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 962 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 963 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 964 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 965 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 966 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 967 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 968 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 969 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 970 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 971 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 972 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 973 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 974 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 975 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 976 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 977 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 978 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 979 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 980 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 981 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 982 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 983 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 984 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 985 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 986 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 987 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 988 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 989 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 990 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 991 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 992 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 993 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 994 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 995 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 996 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 997 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 998 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 999 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1000 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1001 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1002 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1003 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1004 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1005 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1006 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1007 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1008 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1009 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1010 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1011 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1012 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1013 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1014 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1015 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1016 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1017 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1018 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1019 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1020 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1021 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1022 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1023 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1024 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1025 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1026 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1027 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1028 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1029 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1030 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1031 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1032 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1033 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1034 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1035 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1036 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1037 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1038 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1039 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1040 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1041 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1042 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1043 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1044 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1045 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1046 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1047 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1048 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1049 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1050 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1051 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1052 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1053 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1054 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1055 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1056 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1057 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1058 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1059 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1060 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1061 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1062 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1063 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1064 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1065 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1066 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1067 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1068 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1069 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1070 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1071 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1072 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1073 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1074 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1075 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1076 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1077 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1078 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1079 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1080 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1081 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1082 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1083 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1084 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1085 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1086 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1087 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1088 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1089 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1090 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1091 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1092 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1093 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1094 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1095 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1096 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1097 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1098 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1099 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1100 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1101 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1102 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1103 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1104 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1105 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1106 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1107 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1108 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1109 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1110 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1111 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1112 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1113 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1114 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1115 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1116 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1117 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1118 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1119 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1120 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1121 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1122 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1123 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1124 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1125 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1126 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1127 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1128 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1129 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1130 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1131 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1132 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1133 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1134 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1135 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1136 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1137 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1138 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1139 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1140 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1141 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1142 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1143 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1144 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1145 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1146 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1147 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1148 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1149 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1150 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1151 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1152 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1153 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1154 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1155 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1156 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1157 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1158 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1159 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1160 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1161 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1162 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1163 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1164 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1165 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1166 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1167 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1168 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1169 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1170 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1171 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1172 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1173 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1174 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1175 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1176 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1177 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1178 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1179 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1180 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1181 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1182 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1183 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1184 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1185 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1186 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1187 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1188 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1189 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1190 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1191 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1192 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1193 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1194 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1195 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1196 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1197 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1198 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1199 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1200 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1201 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1202 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1203 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1204 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1205 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1206 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1207 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1208 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1209 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1210 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1211 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1212 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1213 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1214 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1215 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1216 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1217 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1218 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1219 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1220 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1221 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1222 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1223 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1224 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1225 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1226 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1227 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1228 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1229 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1230 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1231 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1232 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1233 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1234 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1235 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1236 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1237 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1238 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1239 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1240 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1241 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1242 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1243 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1244 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1245 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1246 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1247 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1248 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1249 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1250 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1251 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1252 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1253 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1254 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1255 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1256 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1257 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1258 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1259 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1260 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1261 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1262 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1263 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1264 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1265 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1266 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1267 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1268 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1269 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1270 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1271 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1272 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1273 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1274 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1275 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1276 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1277 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1278 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1279 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1280 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1281 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1282 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1283 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1284 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1285 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1286 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1287 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1288 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1289 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1290 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1291 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1292 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1293 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1294 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1295 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1296 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1297 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1298 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1299 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1300 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1301 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1302 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1303 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1304 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1305 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1306 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1307 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1308 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1309 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1310 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1311 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1312 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1313 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1314 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1315 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1316 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1317 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1318 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1319 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1320 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1321 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1322 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1323 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1324 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1325 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1326 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1327 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1328 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1329 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1330 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1331 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1332 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1333 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1334 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1335 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1336 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1337 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1338 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1339 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1340 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1341 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1342 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1343 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1344 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1345 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1346 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1347 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1348 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1349 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1350 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1351 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1352 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1353 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1354 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1355 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1356 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1357 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1358 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1359 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1360 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1361 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1362 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1363 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1364 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1365 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1366 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1367 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1368 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1369 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1370 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1371 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1372 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1373 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1374 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1375 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1376 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1377 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1378 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1379 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1380 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1381 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1382 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1383 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1384 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1385 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1386 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1387 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1388 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1389 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1390 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1391 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1392 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1393 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1394 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1395 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1396 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1397 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1398 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1399 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1400 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1401 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1402 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1403 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1404 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1405 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1406 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1407 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1408 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1409 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1410 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1411 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1412 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1413 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1414 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1415 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1416 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1417 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1418 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1419 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1420 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1421 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1422 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1423 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1424 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1425 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1426 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1427 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1428 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1429 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1430 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1431 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1432 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1433 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1434 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1435 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1436 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1437 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1438 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1439 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1440 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1441 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1442 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1443 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1444 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1445 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1446 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1447 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1448 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1449 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1450 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1451 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1452 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1453 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1454 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1455 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1456 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1457 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1458 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1459 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1460 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1461 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1462 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1463 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1464 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1465 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1466 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1467 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1468 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1469 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1470 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1471 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1472 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1473 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1474 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1475 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1476 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1477 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1478 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1479 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1480 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1481 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1482 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1483 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1484 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1485 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1486 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1487 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1488 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1489 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1490 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1491 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1492 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1493 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1494 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1495 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1496 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1497 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1498 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1499 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1500 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1501 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1502 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1503 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1504 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1505 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1506 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1507 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1508 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1509 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1510 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1511 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1512 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1513 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1514 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1515 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1516 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1517 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1518 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1519 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1520 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1521 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1522 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1523 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1524 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1525 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1526 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1527 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1528 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1529 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1530 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1531 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1532 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1533 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1534 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1535 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1536 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1537 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1538 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1539 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1540 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1541 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1542 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1543 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1544 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1545 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1546 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1547 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1548 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1549 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1550 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1551 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1552 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1553 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1554 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1555 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1556 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1557 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1558 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1559 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1560 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1561 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1562 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1563 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1564 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1565 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1566 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1567 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1568 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1569 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1570 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1571 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1572 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1573 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1574 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1575 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1576 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1577 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1578 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1579 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1580 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1581 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1582 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1583 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1584 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1585 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1586 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1587 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1588 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1589 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1590 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1591 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1592 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1593 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1594 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1595 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1596 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1597 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1598 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1599 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1600 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1601 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1602 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1603 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1604 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1605 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1606 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1607 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1608 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1609 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1610 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1611 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1612 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1613 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1614 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1615 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1616 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1617 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1618 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1619 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1620 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1621 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1622 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1623 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1624 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1625 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1626 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1627 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1628 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1629 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1630 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1631 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1632 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1633 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1634 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1635 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1636 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1637 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1638 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1639 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1640 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1641 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1642 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1643 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1644 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1645 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1646 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1647 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1648 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1649 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1650 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1651 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1652 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1653 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1654 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1655 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1656 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1657 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1658 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1659 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1660 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1661 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1662 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1663 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1664 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1665 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1666 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1667 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1668 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1669 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1670 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1671 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1672 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1673 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1674 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1675 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1676 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1677 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1678 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1679 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1680 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1681 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1682 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1683 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1684 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1685 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1686 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1687 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1688 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1689 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1690 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1691 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1692 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1693 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1694 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1695 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1696 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1697 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1698 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1699 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1700 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1701 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1702 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1703 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1704 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1705 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1706 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1707 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1708 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1709 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1710 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1711 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1712 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1713 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1714 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1715 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1716 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1717 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1718 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1719 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1720 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1721 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1722 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1723 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1724 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1725 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1726 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1727 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1728 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1729 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1730 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1731 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1732 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1733 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1734 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1735 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1736 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1737 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1738 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1739 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1740 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1741 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1742 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1743 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1744 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1745 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1746 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1747 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1748 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1749 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1750 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1751 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1752 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1753 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1754 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1755 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1756 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1757 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1758 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1759 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1760 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1761 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1762 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1763 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1764 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1765 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1766 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1767 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1768 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1769 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1770 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1771 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1772 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1773 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1774 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1775 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1776 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1777 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1778 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1779 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1780 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1781 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1782 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1783 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1784 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1785 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1786 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1787 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1788 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1789 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1790 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1791 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1792 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1793 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1794 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1795 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1796 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1797 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1798 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1799 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1800 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1801 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1802 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1803 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1804 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1805 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1806 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1807 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1808 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1809 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1810 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1811 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1812 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1813 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1814 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1815 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1816 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1817 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1818 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1819 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1820 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1821 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1822 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1823 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1824 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1825 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1826 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1827 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1828 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1829 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1830 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1831 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1832 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1833 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1834 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1835 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1836 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1837 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1838 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1839 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1840 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1841 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1842 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1843 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1844 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1845 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1846 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1847 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1848 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1849 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1850 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1851 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1852 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1853 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1854 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1855 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1856 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1857 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1858 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1859 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1860 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1861 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1862 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1863 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1864 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1865 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1866 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1867 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1868 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1869 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1870 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1871 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1872 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1873 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1874 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1875 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1876 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1877 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1878 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1879 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1880 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1881 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1882 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1883 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1884 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1885 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1886 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1887 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1888 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1889 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1890 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1891 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1892 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1893 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1894 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1895 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1896 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1897 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1898 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1899 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1900 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1901 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1902 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1903 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1904 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1905 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1906 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1907 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1908 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1909 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1910 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1911 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1912 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1913 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1914 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1915 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1916 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1917 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1918 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1919 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1920 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1921 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1922 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1923 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1924 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1925 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1926 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1927 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1928 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1929 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1930 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1931 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1932 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1933 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1934 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1935 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1936 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1937 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1938 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1939 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1940 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1941 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1942 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1943 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1944 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1945 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1946 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1947 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1948 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1949 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1950 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1951 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1952 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1953 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1954 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1955 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1956 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1957 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1958 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1959 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1960 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1961 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1962 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1963 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1964 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1965 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1966 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1967 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1968 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1969 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1970 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1971 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1972 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1973 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1974 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1975 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1976 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1977 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1978 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1979 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1980 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1981 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1982 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1983 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1984 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1985 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1986 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1987 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1988 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1989 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1990 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1991 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1992 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1993 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1994 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1995 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1996 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1997 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1998 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 1999 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2000 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2001 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2002 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2003 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2004 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2005 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2006 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2007 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2008 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2009 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2010 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2011 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2012 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2013 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2014 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2015 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2016 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2017 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2018 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2019 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2020 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2021 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2022 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2023 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2024 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2025 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2026 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2027 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2028 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2029 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2030 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2031 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2032 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2033 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2034 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2035 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2036 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2037 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2038 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2039 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2040 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2041 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2042 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2043 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2044 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2045 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2046 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2047 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2048 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2049 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2050 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2051 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2052 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2053 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2054 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2055 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2056 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2057 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2058 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2059 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2060 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2061 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2062 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2063 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2064 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2065 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2066 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2067 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2068 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2069 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2070 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2071 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2072 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2073 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2074 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2075 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2076 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2077 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2078 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2079 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2080 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2081 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2082 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2083 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2084 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2085 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2086 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2087 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2088 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2089 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2090 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2091 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2092 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2093 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2094 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2095 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2096 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2097 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2098 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2099 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2100 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2101 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2102 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2103 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2104 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2105 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2106 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2107 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2108 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2109 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2110 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2111 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2112 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2113 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2114 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2115 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2116 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2117 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2118 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2119 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2120 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2121 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2122 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2123 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2124 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2125 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2126 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2127 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2128 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2129 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2130 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2131 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2132 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2133 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2134 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2135 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2136 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2137 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2138 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2139 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2140 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2141 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2142 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2143 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2144 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2145 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2146 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2147 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2148 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2149 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2150 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2151 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2152 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2153 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2154 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2155 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2156 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2157 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2158 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2159 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2160 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2161 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2162 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2163 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2164 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2165 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2166 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2167 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2168 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2169 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2170 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2171 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2172 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2173 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2174 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2175 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2176 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2177 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2178 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2179 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2180 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2181 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2182 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2183 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2184 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2185 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2186 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2187 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2188 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2189 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2190 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2191 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2192 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2193 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2194 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2195 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2196 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2197 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2198 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2199 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2200 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2201 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2202 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2203 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2204 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2205 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2206 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2207 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2208 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2209 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2210 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2211 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2212 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2213 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2214 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2215 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2216 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2217 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2218 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2219 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2220 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2221 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2222 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2223 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2224 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2225 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2226 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2227 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2228 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2229 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2230 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2231 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2232 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2233 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2234 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2235 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2236 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2237 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2238 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2239 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2240 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2241 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2242 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2243 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2244 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2245 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2246 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2247 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2248 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2249 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2250 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2251 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2252 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2253 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2254 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2255 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2256 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2257 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2258 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2259 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2260 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2261 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2262 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2263 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2264 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2265 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2266 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2267 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2268 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2269 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2270 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2271 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2272 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2273 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2274 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2275 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2276 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2277 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2278 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2279 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2280 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2281 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2282 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2283 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2284 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2285 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2286 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2287 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2288 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2289 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2290 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2291 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2292 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2293 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2294 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2295 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2296 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2297 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2298 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2299 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2300 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2301 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2302 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2303 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2304 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2305 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2306 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2307 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2308 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2309 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2310 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2311 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2312 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2313 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2314 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2315 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2316 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2317 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2318 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2319 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2320 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2321 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2322 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2323 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2324 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2325 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2326 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2327 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2328 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2329 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2330 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2331 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2332 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2333 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2334 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2335 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2336 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2337 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2338 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2339 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2340 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2341 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2342 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2343 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2344 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2345 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2346 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2347 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2348 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2349 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2350 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2351 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2352 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2353 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2354 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2355 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2356 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2357 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2358 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2359 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2360 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2361 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2362 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2363 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2364 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2365 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2366 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2367 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2368 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2369 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2370 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2371 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2372 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2373 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2374 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2375 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2376 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2377 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2378 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2379 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2380 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2381 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2382 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2383 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2384 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2385 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2386 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2387 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2388 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2389 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2390 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2391 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2392 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2393 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2394 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2395 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2396 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2397 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2398 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2399 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2400 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2401 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2402 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2403 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2404 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2405 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2406 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2407 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2408 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2409 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2410 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2411 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2412 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2413 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2414 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2415 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2416 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2417 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2418 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2419 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2420 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2421 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2422 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2423 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2424 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2425 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2426 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2427 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2428 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2429 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2430 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2431 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2432 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2433 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2434 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2435 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2436 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2437 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2438 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2439 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2440 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2441 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2442 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2443 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2444 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2445 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2446 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2447 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2448 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2449 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2450 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2451 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2452 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2453 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2454 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2455 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2456 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2457 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2458 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2459 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2460 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2461 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2462 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2463 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2464 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2465 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2466 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2467 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2468 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2469 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2470 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2471 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2472 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2473 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2474 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2475 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2476 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2477 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2478 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2479 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2480 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2481 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2482 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2483 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2484 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2485 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2486 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2487 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2488 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2489 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2490 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2491 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2492 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2493 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2494 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2495 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2496 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2497 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2498 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2499 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2500 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2501 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2502 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2503 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2504 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2505 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2506 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2507 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2508 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2509 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2510 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2511 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2512 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2513 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2514 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2515 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2516 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2517 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2518 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2519 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2520 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2521 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2522 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2523 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2524 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2525 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2526 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2527 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2528 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2529 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2530 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2531 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2532 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2533 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2534 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2535 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2536 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2537 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2538 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2539 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2540 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2541 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2542 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2543 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2544 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2545 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2546 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2547 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2548 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2549 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2550 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2551 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2552 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2553 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2554 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2555 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2556 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2557 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2558 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2559 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2560 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2561 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2562 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2563 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2564 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2565 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2566 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2567 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2568 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2569 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2570 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2571 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2572 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2573 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2574 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2575 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2576 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2577 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2578 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2579 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2580 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2581 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2582 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2583 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2584 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2585 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2586 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2587 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2588 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2589 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2590 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2591 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2592 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2593 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2594 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2595 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2596 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2597 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2598 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2599 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2600 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2601 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2602 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2603 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2604 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2605 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2606 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2607 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2608 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2609 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2610 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2611 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2612 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2613 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2614 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2615 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2616 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2617 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2618 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2619 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2620 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2621 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2622 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2623 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2624 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2625 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2626 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2627 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2628 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2629 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2630 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2631 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2632 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2633 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2634 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2635 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2636 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2637 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2638 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2639 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2640 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2641 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2642 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2643 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2644 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2645 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2646 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2647 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2648 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2649 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2650 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2651 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2652 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2653 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2654 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2655 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2656 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2657 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2658 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2659 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2660 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2661 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2662 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2663 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2664 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2665 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2666 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2667 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2668 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2669 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2670 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2671 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2672 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2673 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2674 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2675 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2676 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2677 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2678 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2679 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2680 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2681 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2682 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2683 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2684 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2685 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2686 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2687 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2688 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2689 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2690 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2691 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2692 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2693 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2694 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2695 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2696 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2697 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2698 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2699 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2700 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2701 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2702 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2703 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2704 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2705 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2706 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2707 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2708 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2709 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2710 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2711 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2712 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2713 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2714 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2715 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2716 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2717 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2718 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2719 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2720 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2721 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2722 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2723 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2724 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2725 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2726 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2727 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2728 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2729 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2730 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2731 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2732 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2733 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2734 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2735 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2736 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2737 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2738 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2739 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2740 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2741 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2742 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2743 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2744 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2745 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2746 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2747 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2748 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2749 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2750 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2751 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2752 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2753 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2754 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2755 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2756 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2757 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2758 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2759 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2760 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2761 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2762 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2763 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2764 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2765 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2766 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2767 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2768 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2769 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2770 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2771 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2772 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2773 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2774 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2775 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2776 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2777 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2778 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2779 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2780 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2781 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2782 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2783 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2784 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2785 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2786 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2787 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2788 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2789 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2790 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2791 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2792 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2793 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2794 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2795 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2796 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2797 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2798 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2799 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2800 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2801 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2802 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2803 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2804 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2805 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2806 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2807 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2808 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2809 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2810 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2811 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2812 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2813 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2814 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2815 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2816 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2817 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2818 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2819 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2820 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2821 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2822 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2823 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2824 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2825 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2826 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2827 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2828 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2829 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2830 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2831 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2832 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2833 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2834 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2835 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2836 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2837 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2838 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2839 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2840 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2841 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2842 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2843 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2844 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2845 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2846 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2847 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2848 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2849 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2850 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2851 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2852 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2853 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2854 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2855 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2856 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2857 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2858 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2859 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2860 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2861 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2862 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2863 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2864 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2865 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2866 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2867 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2868 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2869 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2870 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2871 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2872 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2873 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2874 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2875 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2876 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2877 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2878 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2879 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2880 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2881 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2882 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2883 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2884 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2885 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2886 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2887 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2888 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2889 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2890 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2891 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2892 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2893 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2894 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2895 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2896 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2897 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2898 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2899 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2900 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2901 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2902 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2903 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2904 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2905 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2906 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2907 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2908 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2909 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2910 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2911 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2912 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2913 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2914 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2915 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2916 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2917 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2918 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2919 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2920 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2921 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2922 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2923 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2924 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2925 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2926 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2927 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2928 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2929 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2930 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2931 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2932 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2933 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2934 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2935 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2936 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2937 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2938 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2939 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2940 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2941 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2942 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2943 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2944 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2945 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2946 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2947 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2948 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2949 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2950 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2951 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2952 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2953 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2954 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2955 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2956 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2957 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2958 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2959 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2960 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2961 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2962 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2963 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2964 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2965 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2966 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2967 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2968 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2969 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2970 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2971 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2972 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2973 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2974 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2975 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2976 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2977 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2978 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2979 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2980 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2981 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2982 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2983 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2984 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2985 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2986 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2987 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2988 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2989 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2990 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2991 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2992 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2993 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2994 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2995 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2996 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2997 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2998 {
		C.PyObject_CallNoArgs(fn)
	}
	if n == 2999 {
		return
	}
	C.PyGILState_Release(st)
}
