// Code-point text helpers. All matching is done on a folded view of the
// original text (one folded code point per original code point), so every
// match position is also a position in the original characters.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace undoc {

using U32 = std::u32string;
using U32View = std::u32string_view;

std::string to_utf8(U32View s);
// Asks the kernel to back [p, p + bytes) with huge pages (Linux, transparent
// huge pages in `madvise` mode; nothing elsewhere, or under 8 MB). Called
// on a large buffer just reserved, before it is first written: its pages
// then fault in 2 MB at a time instead of 4 KB.
void prefer_huge_pages(const void* p, std::size_t bytes);
U32 from_utf8(std::string_view s);  // input must be valid UTF-8 (an ill-formed sequence becomes U+FFFD)
// The same, false at the first ill-formed sequence (out then holds a part)
bool from_utf8_strict(std::string_view s, U32& out);
// Without a copy: the UTF-8 of s (as to_utf8 writes it) is how long, or equal
// to b; the code point of s at byte i (U+FFFD for an ill-formed sequence) and
// where the next begins
size_t utf8_size(U32View s);
bool utf8_equal(U32View s, std::string_view b);
size_t utf8_next(std::string_view s, size_t i, char32_t* c);

// NFKC folding of one code point when NFKC maps it to exactly one code point
// (full-width digits, Latin letters and punctuation, ideographic space);
// superscripts and everything else stay as they are.
namespace detail {
char32_t fold_char_table(char32_t c);   // fold_char past ASCII and the CJK Unified Ideographs
bool is_space_above_ascii(char32_t c);  // ICU's White_Space, for U+0080..U+3000
}
// (inline: ASCII and the CJK Unified Ideographs U+4E00..U+9FFF, nearly every
// character of a line, fold to themselves; text_test.cpp holds the block to
// ICU's answer)
// (and, inline too, the CJK punctuation U+3001..U+3035, which folds to
// itself, and the full-width forms of ASCII U+FF01..U+FF5E, which fold to
// ASCII: a Chinese text's punctuation, asked of at nearly every line; the
// same answers as the table's for every code point)
inline char32_t fold_char(char32_t c) {
  if (c < 0x80 || c - 0x4E00u < 0x5200u) return c;
  if (c - 0x3001u < 0x35u) return c;
  if (c - 0xFF01u < 0x5Eu) return c - 0xFEE0u;
  return detail::fold_char_table(c);
}
U32 fold(U32View s);

bool is_han(char32_t c);
// Unicode White_Space (includes TAB, U+3000). Inline, and ICU asked only
// between U+0080 and U+3000: the lexer and the parser ask it of nearly every
// character, and no White_Space character lies after U+3000 IDEOGRAPHIC SPACE
// (tests/unit/text_test.cpp checks every code point against ICU).
inline bool is_space(char32_t c) {
  if (c < 0x80) return c == U' ' || (c >= U'\t' && c <= U'\r');  // TAB LF VT FF CR
  return c <= 0x3000 && detail::is_space_above_ascii(c);
}
U32 without_spaces(U32View s);      // s with every is_space character dropped ("联 合 国" -> "联合国")
// Unicode's format characters (general category Cf: U+200B ZERO WIDTH SPACE,
// U+2060 WORD JOINER, U+FEFF, U+00AD SOFT HYPHEN, the bidi marks): invisible,
// and set inside words by copy and paste ("大\u200b会", "A/78/\u200b205").
// Matching reads through them; the text keeps them. (Inline: none lies below
// U+00AD nor among the CJK Unified Ideographs.)
namespace detail {
bool is_format_above_ascii(char32_t c);
}
inline bool is_format_char(char32_t c) {
  if (c < 0xAD || c - 0x4E00u < 0x5200u) return false;
  return detail::is_format_above_ascii(c);
}
bool has_format_char(U32View s);
U32 without_format(U32View s);      // s with every format character dropped
bool is_ascii_alnum(char32_t c);
bool is_sentence_end(char32_t c);   // 。；！？ and ASCII . ; ! ?  (on folded text)
bool is_clause_end(char32_t c);     // sentence end plus ，：、
// ⁰ ¹ ² ³ ⁴-⁹ (inline, as the spacing helpers below: the lexer and the
// parser ask them of nearly every character of every line)
inline bool is_superscript_digit(char32_t c) {
  if (c < U'²' || c > U'⁹') return false;  // (U+00B2 .. U+2079: most characters at one comparison)
  return c == U'¹' || c == U'²' || c == U'³' || c == U'⁰' || (c >= U'⁴' && c <= U'⁹');
}
// Each run of superscript digits in t, "¹²" in "决议¹²提交", as f(begin, end)
template <typename F>
void for_each_superscript_run(std::u32string_view t, F&& f) {
  for (size_t p = 0; p < t.size();) {
    if (!is_superscript_digit(t[p])) {
      ++p;
      continue;
    }
    size_t q = p;
    while (q < t.size() && is_superscript_digit(t[q])) ++q;
    f(p, q);
    p = q;
  }
}
// 0-9 -> ⁰-⁹; anything else as it is (inline: the PDF module uses it too)
inline char32_t to_superscript(char32_t c) {
  constexpr char32_t sup[] = {U'⁰', U'¹', U'²', U'³', U'⁴', U'⁵', U'⁶', U'⁷', U'⁸', U'⁹'};
  return (c >= U'0' && c <= U'9') ? sup[c - U'0'] : c;
}
// A character that follows a number as its unit or measure word (2006 年,
// 45 个, 18 岁, 67%): a number so followed is a quantity, not a footnote label.
bool is_number_unit(char32_t c);
// The character at t[b] is a unit after a number ("2 人", "3 国"), and does
// not open a word of its own ("2 人权…", "1国际…").
bool is_number_unit_at(std::u32string_view t, size_t b);
int superscript_value(char32_t c);  // 0..9, or -1
int display_width(U32View s);       // East Asian Width: wide/full-width count 2

inline size_t skip_spaces(U32View s, size_t i) {
  while (i < s.size() && is_space(s[i])) ++i;
  return i;
}
inline U32View trim_view(U32View s) {
  size_t b = 0, e = s.size();
  while (b < e && is_space(s[b])) ++b;
  while (e > b && is_space(s[e - 1])) --e;
  return s.substr(b, e - b);
}
U32 trim(U32View s);
// s.find(c, from), four characters compared at once (the lexer and the
// conventions look for a character through whole lines)
inline size_t find_char(U32View s, char32_t c, size_t from = 0) {
  const char32_t* p = s.data();
  const size_t n = s.size();
  size_t i = from;
#if defined(__SSE2__)
  const __m128i v = _mm_set1_epi32(static_cast<int>(c));
  for (; i + 4 <= n; i += 4) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
    const int m = _mm_movemask_ps(_mm_castsi128_ps(_mm_cmpeq_epi32(x, v)));
    if (m) return i + static_cast<size_t>(__builtin_ctz(static_cast<unsigned>(m)));
  }
#endif
  for (; i < n; ++i)
    if (p[i] == c) return i;
  return U32View::npos;
}
// The first character of s in [lo, hi) at or after `from` (npos if none),
// four compared at once (ASCII letters and digits in a Chinese line: '0', 'z' + 1)
inline size_t find_in_range(U32View s, char32_t lo, char32_t hi, size_t from = 0) {
  const char32_t* p = s.data();
  const size_t n = s.size();
  size_t i = from;
#if defined(__SSE2__)
  // (as signed numbers: every code point is below 2^31)
  const __m128i below = _mm_set1_epi32(static_cast<int>(lo) - 1), above = _mm_set1_epi32(static_cast<int>(hi));
  for (; i + 4 <= n; i += 4) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
    const __m128i in = _mm_and_si128(_mm_cmpgt_epi32(x, below), _mm_cmplt_epi32(x, above));
    const int m = _mm_movemask_ps(_mm_castsi128_ps(in));
    if (m) return i + static_cast<size_t>(__builtin_ctz(static_cast<unsigned>(m)));
  }
#endif
  for (; i < n; ++i)
    if (p[i] >= lo && p[i] < hi) return i;
  return U32View::npos;
}
// The first of the characters Cs in s at or after `from` (npos if none),
// four characters compared at once (a line's end: LF or CR; a sentence's:
// 。 ! ?)
template <char32_t... Cs>
inline size_t find_first_of_chars(U32View s, size_t from = 0) {
  const char32_t* p = s.data();
  const size_t n = s.size();
  size_t i = from;
#if defined(__SSE2__)
  for (; i + 4 <= n; i += 4) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
    __m128i eq = _mm_setzero_si128();
    ((eq = _mm_or_si128(eq, _mm_cmpeq_epi32(x, _mm_set1_epi32(static_cast<int>(Cs))))), ...);
    const int m = _mm_movemask_ps(_mm_castsi128_ps(eq));
    if (m) return i + static_cast<size_t>(__builtin_ctz(static_cast<unsigned>(m)));
  }
#endif
  for (; i < n; ++i)
    if (((p[i] == Cs) || ...)) return i;
  return U32View::npos;
}
#if defined(__SSE2__)
namespace detail {
// A bit for each of the four characters at p above U+3000 (none of them a
// space; compared with the sign bits flipped, as unsigned numbers): 0xF when
// all four are, as most of a Chinese line
inline int above_u3000_mask(const char32_t* p) {
  const __m128i flip = _mm_set1_epi32(INT32_MIN);
  const __m128i x = _mm_xor_si128(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p)), flip);
  return _mm_movemask_ps(_mm_castsi128_ps(_mm_cmpgt_epi32(x, _mm_set1_epi32(static_cast<int>(0x3000u ^ 0x80000000u)))));
}
}  // namespace detail
#endif

// Chinese numerals 一..九十九 (and 百, 零, 〇); -1 when not a numeral.
long chinese_numeral_value(U32View s);
bool is_chinese_numeral_char(char32_t c);

// Append b to a: Han and CJK text join directly; a space goes in where a Latin
// letter or digit meets a letter, digit or Han character (the wrapped line
// break stood for that space).
void join_text(U32& a, U32View b);
// The same, the line break standing for a space between Latin or digits and
// Han only where `spaced` (the document sets them apart so: "收到 77 个"; a
// document that writes "2023年5月31日" does not).
void join_text(U32& a, U32View b, bool spaced);

// Calls f(number, line) for each line of a UTF-8 text: numbered from 1,
// without its line end ("\n" or "\r\n").
template <class F>
void for_each_line(std::string_view text, F&& f) {
  int number = 0;
  size_t pos = 0;
  while (pos < text.size()) {
    const size_t nl = text.find('\n', pos);
    std::string_view l = text.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
    pos = nl == std::string_view::npos ? text.size() : nl + 1;
    if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
    f(++number, l);
  }
}

}  // namespace undoc
