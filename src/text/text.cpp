#include "undoc/text.hpp"

#include <atomic>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <memory>
#include <mutex>
#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace undoc {

std::string to_utf8(U32View s) {
  // The exact size first, then each character's bytes written in place
  // (appending a buffer per character cost more than the rest of the work).
  // A lone surrogate or a value out of range is written as U+FFFD.
  // (without branches, so that the compiler counts several characters at once)
  // (in 32-bit block sums: the compiler adds four characters at once)
  size_t n = s.size();
  for (size_t at = 0; at < s.size(); at += 1 << 16) {
    const size_t end = std::min(s.size(), at + (size_t{1} << 16));
    uint32_t block = 0;
    for (size_t j = at; j < end; ++j) {
      const char32_t c = s[j];
      block += static_cast<uint32_t>(c >= 0x80) + static_cast<uint32_t>(c >= 0x800) +
               static_cast<uint32_t>(c - 0x10000 < 0x100000);
    }
    n += block;
  }
  std::string out(n, '\0');
  auto* p = reinterpret_cast<uint8_t*>(out.data());
  // (ASCII and the rest of the BMP, nearly all of a Chinese text, written
  // directly; the rest by ICU's macro as before)
  // (a three-byte character's bytes in one four-byte store, its fourth byte
  // zero: overwritten by the next character's, or the string's terminator)
  auto three = [](uint8_t* at, char32_t c) {
    const uint32_t w = (0xE0 | (c >> 12)) | ((0x80 | ((c >> 6) & 0x3F)) << 8) | ((0x80 | (c & 0x3F)) << 16);
    std::memcpy(at, &w, 4);
  };
  const char32_t* q = s.data();
  const char32_t* const qe = q + s.size();
  while (q != qe) {
    char32_t c = *q++;
    if (c - 0x800 < 0xD000) {  // U+0800..U+D7FF: Han, CJK punctuation (three bytes)
      three(p, c);
      p += 3;
#if defined(__SSE2__)
      // (four at a time while they last: the four characters' bytes made
      // side by side, each in its 32-bit lane as three() makes them, then
      // stored 3 bytes apart; the last store's fourth byte, zero, falls on
      // the next character's first byte or the string's terminator)
      while (qe - q >= 4) {
        const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(q));
        const __m128i t = _mm_xor_si128(_mm_sub_epi32(x, _mm_set1_epi32(0x800)), _mm_set1_epi32(INT32_MIN));
        const __m128i in = _mm_cmplt_epi32(t, _mm_set1_epi32(static_cast<int>(0xD000u ^ 0x80000000u)));
        if (_mm_movemask_ps(_mm_castsi128_ps(in)) != 0xF) break;
        const __m128i lead = _mm_srli_epi32(x, 12);
        const __m128i mid = _mm_and_si128(_mm_slli_epi32(x, 2), _mm_set1_epi32(0x3F00));
        const __m128i last = _mm_and_si128(_mm_slli_epi32(x, 16), _mm_set1_epi32(0x3F0000));
        const __m128i w = _mm_or_si128(_mm_or_si128(lead, mid), _mm_or_si128(last, _mm_set1_epi32(0x8080E0)));
        const auto w0 = static_cast<uint32_t>(_mm_cvtsi128_si32(w));
        const auto w1 = static_cast<uint32_t>(_mm_cvtsi128_si32(_mm_srli_si128(w, 4)));
        const auto w2 = static_cast<uint32_t>(_mm_cvtsi128_si32(_mm_srli_si128(w, 8)));
        const auto w3 = static_cast<uint32_t>(_mm_cvtsi128_si32(_mm_srli_si128(w, 12)));
        std::memcpy(p, &w0, 4);
        std::memcpy(p + 3, &w1, 4);
        std::memcpy(p + 6, &w2, 4);
        std::memcpy(p + 9, &w3, 4);
        q += 4;
        p += 12;
      }
#endif
      // (and the three-byte characters after it, without the tests below)
      while (q != qe && *q - 0x800 < 0xD000) {
        three(p, *q++);
        p += 3;
      }
    } else if (c < 0x80) {
      *p++ = static_cast<uint8_t>(c);
    } else if (c < 0x800) {
      p[0] = static_cast<uint8_t>(0xC0 | (c >> 6));
      p[1] = static_cast<uint8_t>(0x80 | (c & 0x3F));
      p += 2;
    } else if (c < 0x10000 && (c < 0xD800 || c > 0xDFFF)) {
      p[0] = static_cast<uint8_t>(0xE0 | (c >> 12));
      p[1] = static_cast<uint8_t>(0x80 | ((c >> 6) & 0x3F));
      p[2] = static_cast<uint8_t>(0x80 | (c & 0x3F));
      p += 3;
    } else {
      if (c > 0x10FFFF || c < 0x10000) c = 0xFFFD;
      size_t i = 0;
      U8_APPEND_UNSAFE(p, i, static_cast<UChar32>(c));
      p += i;
    }
  }
  return out;
}

size_t utf8_size(U32View s) {
  size_t n = s.size();
  for (char32_t c : s) n += (c >= 0x80) + (c >= 0x800) + (c - 0x10000 < 0x100000);
  return n;
}

bool utf8_equal(U32View s, std::string_view b) {
  const auto* q = reinterpret_cast<const uint8_t*>(b.data());
  size_t i = 0;
  for (char32_t c : s) {
    uint8_t buf[4];
    size_t n = 0;
    if (c < 0x80) {
      buf[n++] = static_cast<uint8_t>(c);
    } else {
      if ((c >= 0xD800 && c <= 0xDFFF) || c > 0x10FFFF) c = 0xFFFD;
      U8_APPEND_UNSAFE(buf, n, static_cast<UChar32>(c));
    }
    if (i + n > b.size()) return false;
    for (size_t k = 0; k < n; ++k)
      if (q[i + k] != buf[k]) return false;
    i += n;
  }
  return i == b.size();
}

size_t utf8_next(std::string_view s, size_t i, char32_t* c) {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  UChar32 u;
  U8_NEXT(p, i, s.size(), u);
  *c = u < 0 ? U'\uFFFD' : static_cast<char32_t>(u);
  return i;
}

namespace {
// one code point by ICU's U8_NEXT (kept out of the loop below, which the
// compiler otherwise merges with it)
struct Next {
  UChar32 c;
  std::size_t i;
};
[[gnu::noinline]] Next u8_next(const uint8_t* p, std::size_t i, std::size_t n) {
  UChar32 c;
  U8_NEXT(p, i, n, c);
  return {c, i};
}

// UTF-8 to code points with ICU's U8_NEXT. Reserved to one code point per
// byte that is not a trail byte (10xxxxxx): the exact size of well-formed
// text. An ill-formed sequence is U+FFFD, or (strict) ends the reading.
bool decode_utf8(std::string_view s, U32& out, bool strict) {
  // (counted in blocks into a 32-bit sum: the compiler adds 16 bytes at once)
  std::size_t count = 0;
  for (std::size_t at = 0; at < s.size(); at += 1 << 16) {
    const std::size_t end = std::min(s.size(), at + (std::size_t{1} << 16));
    uint32_t block = 0;
    for (std::size_t j = at; j < end; ++j) block += (static_cast<uint8_t>(s[j]) & 0xC0) != 0x80;
    count += block;
  }
  out.clear();
  out.reserve(count);
  prefer_huge_pages(out.data(), count * sizeof(char32_t));
  out.assign(count, U'\0');
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  const std::size_t n = s.size();
  std::size_t i = 0, k = 0;
  std::size_t extra_room = 0;  // room past the count's, for the code points of lone continuation bytes
  char32_t* o = out.data();
  while (i < n) {
    // (most of a text: ASCII and well-formed three-byte characters, read
    // four bytes at a time while four remain; what stops this loop is read
    // by the steps below, one character)
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    while (i + 4 <= n) {
      uint32_t w;
      std::memcpy(&w, p + i, 4);  // (little-endian: the first byte lowest)
      if ((w & 0x80) == 0) {
        o[k++] = w & 0x7F;
        ++i;
        continue;
      }
      if ((w & 0xC0C0F0) != 0x8080E0) break;
      const char32_t c = ((w & 0x0F) << 12) | ((w & 0x3F00) >> 2) | ((w >> 16) & 0x3F);
      if (c < 0x800 || c - 0xD800 < 0x800) break;
      o[k++] = c;
      i += 3;
#if defined(__SSE2__)
      // (and while four more such characters follow, four at a time: each
      // one's four bytes from where it starts, side by side in 32-bit
      // lanes, tested and read as in the step above, a lead byte E0 or ED
      // stopping it; the four code points in one store)
      while (i + 13 <= n) {
        uint32_t b0, b1, b2, b3;
        std::memcpy(&b0, p + i, 4);
        std::memcpy(&b1, p + i + 3, 4);
        std::memcpy(&b2, p + i + 6, 4);
        std::memcpy(&b3, p + i + 9, 4);
        const __m128i v = _mm_set_epi32(static_cast<int>(b3), static_cast<int>(b2), static_cast<int>(b1),
                                        static_cast<int>(b0));
        const __m128i shape = _mm_cmpeq_epi32(_mm_and_si128(v, _mm_set1_epi32(0xC0C0F0)), _mm_set1_epi32(0x8080E0));
        const __m128i lead = _mm_and_si128(v, _mm_set1_epi32(0x0F));
        const __m128i e0_ed = _mm_or_si128(_mm_cmpeq_epi32(lead, _mm_setzero_si128()),
                                           _mm_cmpeq_epi32(lead, _mm_set1_epi32(0x0D)));
        if (_mm_movemask_ps(_mm_castsi128_ps(_mm_andnot_si128(e0_ed, shape))) != 0xF) break;
        const __m128i cp = _mm_or_si128(
            _mm_or_si128(_mm_slli_epi32(lead, 12), _mm_srli_epi32(_mm_and_si128(v, _mm_set1_epi32(0x3F00)), 2)),
            _mm_and_si128(_mm_srli_epi32(v, 16), _mm_set1_epi32(0x3F)));
        _mm_storeu_si128(reinterpret_cast<__m128i*>(o + k), cp);
        k += 4;
        i += 12;
      }
#endif
      // (and while two more such characters follow, two at a time: one
      // eight-byte load; a lead byte E0 or ED, which may be overlong or a
      // surrogate, left to the step above)
      while (i + 8 <= n) {
        uint64_t v;
        std::memcpy(&v, p + i, 8);
        if ((v & 0xC0C0F0C0C0F0u) != 0x8080E08080E0u) break;
        const uint32_t l0 = static_cast<uint32_t>(v) & 0x0F, l1 = static_cast<uint32_t>(v >> 24) & 0x0F;
        if (((0x2001u >> l0) | (0x2001u >> l1)) & 1) break;  // (bit 0: E0, bit 13: ED)
        o[k] = (l0 << 12) | static_cast<uint32_t>((v >> 2) & 0xFC0) | static_cast<uint32_t>((v >> 16) & 0x3F);
        o[k + 1] = (l1 << 12) | static_cast<uint32_t>((v >> 26) & 0xFC0) | static_cast<uint32_t>((v >> 40) & 0x3F);
        k += 2;
        i += 6;
      }
    }
#endif
    if (i >= n) break;
    const uint8_t b = p[i];
    // ASCII, and a three-byte sequence of the BMP (not a surrogate, not
    // overlong): read here; anything else by U8_NEXT, as before
    if (b < 0x80) {
      o[k++] = b;
      ++i;
      continue;
    }
    if ((b & 0xF0) == 0xE0 && i + 2 < n) {
      const uint8_t t1 = p[i + 1], t2 = p[i + 2];
      const char32_t c = (static_cast<char32_t>(b & 0x0F) << 12) | (static_cast<char32_t>(t1 & 0x3F) << 6) | (t2 & 0x3F);
      if ((((t1 ^ 0x80) | (t2 ^ 0x80)) < 0x40) & (c >= 0x800) & (c - 0xD800 >= 0x800)) {
        o[k++] = c;
        i += 3;
        continue;
      }
    }
    const Next next = u8_next(p, i, n);  // (i by value: kept in a register in the loop)
    const UChar32 c = next.c;
    if (c < 0 && strict) return false;
    // (a lone continuation byte, read as U+FFFD, is a code point the count
    // did not hold; any other sequence opens with a byte it counted. The
    // steps above write without a check, each into the room of a byte
    // counted: the room for these extra code points is made here, ahead of
    // them, some at a time. Checking only for a full buffer here let a run
    // of continuation bytes, then text, write past its end.)
    if ((p[i] & 0xC0) == 0x80) {
      if (extra_room == 0) {
        extra_room = std::max<std::size_t>(16, out.size() / 8);
        out.resize(out.size() + extra_room);
        o = out.data();
      }
      --extra_room;
    }
    i = next.i;
    o[k++] = c < 0 ? U'\uFFFD' : static_cast<char32_t>(c);
  }
  out.resize(k);
  return true;
}
}  // namespace

U32 from_utf8(std::string_view s) {
  U32 out;
  decode_utf8(s, out, false);
  return out;
}

bool from_utf8_strict(std::string_view s, U32& out) { return decode_utf8(s, out, true); }

namespace {

// NFKC fold of one BMP code point, filled lazily: each code point is folded
// by ICU the first time it is met, then read from the table (a document
// meets a few thousand; filling all 65,536 at start-up cost 10 ms of every
// run). Entries hold the fold + 1; 0 means not yet folded. Folding is
// idempotent, so threads racing on one entry store the same value.
std::array<std::atomic<uint32_t>, 65536> g_fold{};

// ICU's NFKC fold of c, stored in the table
[[gnu::noinline]] char16_t fold_bmp_first(uint32_t c) {
  char16_t out = static_cast<char16_t>(c);
  if (!(c >= 0xD800 && c <= 0xDFFF) &&
      // footnote markers must stay distinguishable
      u_getIntPropertyValue(static_cast<UChar32>(c), UCHAR_DECOMPOSITION_TYPE) != U_DT_SUPER) {
    UErrorCode ec = U_ZERO_ERROR;
    static const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(ec);
    if (nfkc) {
      icu::UnicodeString in(static_cast<UChar32>(c));
      UErrorCode e2 = U_ZERO_ERROR;
      icu::UnicodeString n = nfkc->normalize(in, e2);
      if (U_SUCCESS(e2) && n.length() == 1 && !U16_IS_SURROGATE(n.charAt(0))) out = n.charAt(0);
    }
  }
  g_fold[c].store(static_cast<uint32_t>(out) + 1, std::memory_order_relaxed);
  return out;
}

// (the look-up inline, the first fold of a character apart: fold() runs
// over every line)
inline char16_t fold_bmp(uint32_t c) {
  uint32_t v = g_fold[c].load(std::memory_order_relaxed);
  if (v) return static_cast<char16_t>(v - 1);
  return fold_bmp_first(c);
}

}  // namespace

char32_t detail::fold_char_table(char32_t c) {
  if (c < 0x80) return c;
  if (c < 0x10000) return fold_bmp(c);
  return c;
}

U32 fold(U32View s) {
  // (a copy, then each character past ASCII folded in place through a
  // pointer held here: the first fold of a character calls into ICU, after
  // which the compiler would reload the string's storage at every character)
  U32 out(s);
  char32_t* o = out.data();
  for (size_t i = 0; i < s.size(); ++i) {
    const char32_t c = s[i];
    if (c >= 0x80 && c < 0x10000) o[i] = fold_bmp(c);
  }
  return out;
}

bool is_han(char32_t c) {
  if (c >= 0x4E00 && c <= 0x9FFF) return true;
  if (c < 0x2E80) return false;  // (no Han character before the CJK radicals; checked in text_test.cpp)
  UErrorCode ec = U_ZERO_ERROR;
  return uscript_getScript(static_cast<UChar32>(c), &ec) == USCRIPT_HAN;
}

// ICU's White_Space between U+0080 and U+3000, listed (a property look-up
// cost a call into ICU for each such character: the quotation marks, dashes
// and ellipses of every line; text_test.cpp holds the list to ICU's answer
// on every code point)
bool detail::is_space_above_ascii(char32_t c) {
  switch (c) {
    case 0x85: case 0xA0: case 0x1680:
    case 0x2000: case 0x2001: case 0x2002: case 0x2003: case 0x2004: case 0x2005:
    case 0x2006: case 0x2007: case 0x2008: case 0x2009: case 0x200A:
    case 0x2028: case 0x2029: case 0x202F: case 0x205F: case 0x3000:
      return true;
    default:
      return false;
  }
}

bool is_ascii_alnum(char32_t c) {
  return (c >= U'0' && c <= U'9') || (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z');
}

bool is_sentence_end(char32_t c) {
  switch (c) {
    case U'。': case U'；': case U'！': case U'？': case U'.': case U';': case U'!': case U'?':
      return true;
    default:
      return false;
  }
}

bool is_clause_end(char32_t c) {
  return is_sentence_end(c) || c == U'，' || c == U',' || c == U'：' || c == U':' || c == U'、';
}

bool detail::is_format_above_ascii(char32_t c) {
  return u_charType(static_cast<UChar32>(c)) == U_FORMAT_CHAR;
}

bool has_format_char(U32View s) {
  for (char32_t c : s)
    if (is_format_char(c)) return true;
  return false;
}

namespace {
// s with the characters `drop` says so of left out
template <class Drop>
U32 without(U32View s, Drop drop) {
  U32 out;
  out.reserve(s.size());
  for (char32_t c : s)
    if (!drop(c)) out.push_back(c);
  return out;
}
}  // namespace

U32 without_format(U32View s) { return without(s, [](char32_t c) { return is_format_char(c); }); }

U32 without_spaces(U32View s) { return without(s, [](char32_t c) { return is_space(c); }); }

bool is_number_unit(char32_t c) {
  static constexpr std::u32string_view units = U"年月日时分秒个名项届号条段次%岁亿万千百元美国人期周天点票席";
  return units.find(c) != std::u32string_view::npos;
}

bool is_number_unit_at(std::u32string_view t, size_t b) {
  if (b >= t.size() || !is_number_unit(t[b])) return false;
  // (a unit's character that opens a word of its own is no unit: a
  // footnote "2 人权事务委员会，…", "1 美利坚合众国不是…", a marker
  // "。1国际劳工组织…", "1 日内瓦", "1 日本")
  // (not where the words read as a quantity too: 在30日内, 17项目标, 2次区域磋商)
  static constexpr std::u32string_view words[] = {U"人权", U"人道", U"人口", U"人类", U"人民", U"国际", U"国家",
                                                   U"国民", U"国籍", U"国内", U"日内瓦", U"日本", U"条约", U"美国", U"美洲", U"美利坚",
                                                   U"万国", U"千年", U"分析", U"期刊", U"席位", U"票数", U"票决"};
  for (auto w : words)
    if (t.substr(b, w.size()) == w) return false;
  // 项目 opens a word unless it is 项 + 目标 (17项目标)
  if (t.substr(b, 2) == U"项目" && t.substr(b, 3) != U"项目标") return false;
  return true;
}

int superscript_value(char32_t c) {
  switch (c) {
    case U'⁰': return 0;
    case U'¹': return 1;
    case U'²': return 2;
    case U'³': return 3;
    case U'⁴': return 4;
    case U'⁵': return 5;
    case U'⁶': return 6;
    case U'⁷': return 7;
    case U'⁸': return 8;
    case U'⁹': return 9;
    default: return -1;
  }
}

namespace {
// the width of one character, as display_width counts it
inline int char_width(char32_t c) {
  if (c < 0x80) return 1;
  // Han, the CJK symbols and punctuation (。、《》「」 and U+3000) and the
  // full-width forms (，：；（）): most of a Chinese line, all East Asian
  // Wide or Fullwidth (checked in text_test.cpp), without a property
  // look-up each
  if ((c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3000 && c <= 0x303E) || (c >= 0xFF01 && c <= 0xFF60)) return 2;
  int ea = u_getIntPropertyValue(static_cast<UChar32>(c), UCHAR_EAST_ASIAN_WIDTH);
  return (ea == U_EA_WIDE || ea == U_EA_FULLWIDTH) ? 2 : 1;
}
}  // namespace

int display_width(U32View s) {
  int w = 0;
  size_t i = 0;
#if defined(__SSE2__)
  // (four characters at a time where each is ASCII or in one of the three
  // ranges below; a block with any other character counted one by one.
  // c - lo < n as unsigned numbers: compared signed with the sign bits flipped)
  const __m128i flip = _mm_set1_epi32(INT32_MIN);
  auto within = [&](__m128i x, uint32_t lo, uint32_t n) {
    const __m128i t = _mm_xor_si128(_mm_sub_epi32(x, _mm_set1_epi32(static_cast<int>(lo))), flip);
    return _mm_cmplt_epi32(t, _mm_set1_epi32(static_cast<int>(n ^ 0x80000000u)));
  };
  __m128i wide_sum = _mm_setzero_si128();
  for (; i + 4 <= s.size(); i += 4) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
    const __m128i wide = _mm_or_si128(_mm_or_si128(within(x, 0x4E00, 0x5200), within(x, 0x3000, 0x3F)),
                                      within(x, 0xFF01, 0x60));
    const __m128i known = _mm_or_si128(wide, _mm_cmplt_epi32(_mm_xor_si128(x, flip), _mm_set1_epi32(static_cast<int>(0x80 ^ 0x80000000u))));
    if (_mm_movemask_ps(_mm_castsi128_ps(known)) != 0xF) {
      for (size_t j = i; j < i + 4; ++j) w += char_width(s[j]);
      continue;
    }
    w += 4;
    wide_sum = _mm_sub_epi32(wide_sum, wide);  // (a wide lane is -1: one more each)
  }
  alignas(16) int32_t lanes[4];
  _mm_store_si128(reinterpret_cast<__m128i*>(lanes), wide_sum);
  w += lanes[0] + lanes[1] + lanes[2] + lanes[3];
#endif
  for (; i < s.size(); ++i) w += char_width(s[i]);
  return w;
}

U32 trim(U32View s) { return U32(trim_view(s)); }

bool is_chinese_numeral_char(char32_t c) {
  switch (c) {
    case U'一': case U'二': case U'三': case U'四': case U'五': case U'六': case U'七':
    case U'八': case U'九': case U'十': case U'百': case U'零': case U'〇': case U'两':
      return true;
    default:
      return false;
  }
}

long chinese_numeral_value(U32View s) {
  if (s.empty()) return -1;
  auto digit = [](char32_t c) -> int {
    switch (c) {
      case U'零': case U'〇': return 0;
      case U'一': return 1;
      case U'二': case U'两': return 2;
      case U'三': return 3;
      case U'四': return 4;
      case U'五': return 5;
      case U'六': return 6;
      case U'七': return 7;
      case U'八': return 8;
      case U'九': return 9;
      default: return -1;
    }
  };
  long total = 0, cur = -1;
  for (char32_t c : s) {
    int d = digit(c);
    if (d >= 0) {
      cur = (cur < 0 ? 0 : cur * 10) + d;  // 二〇〇六 style digit strings too
      continue;
    }
    long unit = c == U'十' ? 10 : c == U'百' ? 100 : c == U'千' ? 1000 : -1;
    if (unit < 0) return -1;
    total += (cur < 0 ? 1 : cur) * unit;
    cur = -1;
  }
  if (cur > 0) total += cur;
  return total;
}

namespace {

bool ascii_digit(char32_t c) {
  c = fold_char(c);
  return c >= U'0' && c <= U'9';
}

// a ends in digits and b starts with digits, cut where a digit group's space
// stood: a's last run 1 to 3 digits and b's first run 3, and a group beside
// the cut shows the grouping ("3 612" / "700", "3" / "612 700"); a number cut
// inside ("20" / "23年", "2" / "023年") has no such group
bool group_cut(U32View a, U32View b) {
  size_t ra = 0, rb = 0;
  while (ra < a.size() && ascii_digit(a[a.size() - 1 - ra])) ++ra;
  while (rb < b.size() && ascii_digit(b[rb])) ++rb;
  if (ra == 0 || ra > 3 || rb != 3) return false;
  // (a's run after a group's space: "…3 612")
  const size_t s = a.size() - ra;
  const bool before = ra == 3 && s >= 2 && a[s - 1] == U' ' && ascii_digit(a[s - 2]);
  // (b's run followed by another group: "612 700…")
  const bool after = b.size() >= rb + 4 && b[rb] == U' ' && ascii_digit(b[rb + 1]) && ascii_digit(b[rb + 2]) &&
                     ascii_digit(b[rb + 3]) && (b.size() == rb + 4 || !ascii_digit(b[rb + 4]));
  return before || after;
}

}  // namespace

void join_text(U32& a, U32View b) { join_text(a, b, true); }

void join_text(U32& a, U32View b, bool spaced) {
  if (b.empty()) return;
  if (!a.empty()) {
    // The line break stood for a space wherever one side is a Latin letter or
    // digit and the other a letter, digit or Han character: UN Chinese text
    // has set numbers and Latin words off with spaces ("收到 77 个"), and
    // two words cut apart; a document that does not (most since about 2010:
    // "2023年5月31日") keeps Han and the rest together.
    // Two digits meet only where a number itself was cut: no space then.
    char32_t x = fold_char(a.back()), y = fold_char(b.front());
    bool ax = is_ascii_alnum(x), ay = is_ascii_alnum(y);
    bool digits = (x >= U'0' && x <= U'9') && (y >= U'0' && y <= U'9');
    // (English left untranslated, a delegation's list in an annex: a line
    // ending in an ASCII comma, semicolon or colon, or a word's stop,
    // "…Human Rights," / "Ministry of…", "Ms." / "Elena…", before a Latin
    // word; not Han text's full-width marks, nor a symbol's dot, "WG." / "6/42",
    // nor an address's, "www.ohchr." / "org": a stop before a capital only)
    const char32_t r = a.back();
    const bool latin_y = (y >= U'a' && y <= U'z') || (y >= U'A' && y <= U'Z');
    const bool word_stop = r == U'.' && a.size() >= 2 && a[a.size() - 2] >= U'a' && a[a.size() - 2] <= U'z' &&
                           y >= U'A' && y <= U'Z';
    // (and before an English sub-item's label, "…as follows:" / "(a) Strengthening…",
    // "…data;" / "(b) Promoting…")
    const bool label_y = b.size() >= 3 && b[0] == U'(' && is_ascii_alnum(b[1]);
    if ((latin_y || (label_y && r != U'.')) && (r == U',' || r == U';' || r == U':' || word_stop)) {
      a.push_back(U' ');
      a.append(b);
      return;
    }
    // (unless the cut fell at a digit group's space: an amount in groups of
    // three, "3 612 700美元", as "3 612" / "700美元" or "3" / "612 700美元",
    // a group on either side showing it; the space goes back)
    if (digits && group_cut(a, b)) {
      a.push_back(U' ');
      a.append(b);
      return;
    }
    if (!digits && ((ax && ay) || (spaced && ((ax && is_han(y)) || (ay && is_han(x)))))) a.push_back(U' ');
  }
  a.append(b);
}

void prefer_huge_pages(const void* p, std::size_t bytes) {
#if defined(__linux__) && defined(MADV_HUGEPAGE)
  constexpr std::uintptr_t huge = std::uintptr_t{2} << 20;
  if (bytes < 4 * huge) return;
  // (the whole 2 MB pages inside the buffer: madvise wants an aligned start)
  const auto begin = (reinterpret_cast<std::uintptr_t>(p) + huge - 1) & ~(huge - 1);
  const auto end = (reinterpret_cast<std::uintptr_t>(p) + bytes) & ~(huge - 1);
  if (end > begin) madvise(reinterpret_cast<void*>(begin), end - begin, MADV_HUGEPAGE);  // (advice: a refusal is no error)
#else
  (void)p, (void)bytes;
#endif
}

}  // namespace undoc
