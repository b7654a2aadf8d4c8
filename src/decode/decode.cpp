#include "undoc/decode.hpp"
#include "undoc/pdf.hpp"

#include <fmt/format.h>
#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>
#include <unicode/ucsdet.h>
#include <unicode/utf16.h>

#include <memory>

namespace undoc {
namespace {

struct Callback {
  const char* base = nullptr;        // start of the bytes handed to ICU
  bool lenient = false;
  std::vector<std::size_t> bad;      // byte offsets of undecodable sequences
};

// ICU reports each undecodable sequence here. We remember where it was, then
// either stop (strict) or write U+FFFD (lenient).
void UNDOC_CALLBACK_TO_U(const void* context, UConverterToUnicodeArgs* args, const char* codeUnits,
                         int32_t length, UConverterCallbackReason reason, UErrorCode* err) {
  auto* cb = static_cast<Callback*>(const_cast<void*>(context));
  if (reason > UCNV_IRREGULAR) return;  // reset/close/clone
  std::size_t off = static_cast<std::size_t>(codeUnits - cb->base);
  if (codeUnits < cb->base || codeUnits > args->sourceLimit)  // bytes held in the converter
    off = static_cast<std::size_t>(args->source - cb->base) - static_cast<std::size_t>(length);
  cb->bad.push_back(off);
  if (!cb->lenient) return;  // *err stays set: the conversion stops here
  *err = U_ZERO_ERROR;
  const UChar fffd = 0xFFFD;
  ucnv_cbToUWriteUChars(args, &fffd, 1, 0, err);
}

U32 convert(std::string_view bytes, const char* charset, bool lenient, std::vector<std::size_t>& bad) {
  // Well-formed UTF-8 (nearly every input) goes straight to code points
  // (from_utf8_strict, ICU's U8_NEXT, which accepts exactly what the UTF-8
  // converter accepts). The converter goes through UTF-16 and a callback per
  // chunk, at about four times the cost a byte; it reads the bytes again only
  // when they are ill formed, to report or replace them.
  if (std::string_view(charset) == "UTF-8") {
    U32 out;
    if (from_utf8_strict(bytes, out)) {
      bad.clear();
      return out;
    }
  }
  UErrorCode ec = U_ZERO_ERROR;
  std::unique_ptr<UConverter, decltype(&ucnv_close)> cnv(ucnv_open(charset, &ec), &ucnv_close);
  if (U_FAILURE(ec)) throw InputError("E-ENCODING", 0, fmt::format("unknown encoding {}", charset));
  Callback cb;
  cb.base = bytes.data();
  cb.lenient = lenient;
  ucnv_setToUCallBack(cnv.get(), UNDOC_CALLBACK_TO_U, &cb, nullptr, nullptr, &ec);
  std::u16string utf16(bytes.size() + 16, u'\0');
  const char* src = bytes.data();
  const char* srcEnd = src + bytes.size();
  UChar* dst = reinterpret_cast<UChar*>(utf16.data());
  std::size_t written = 0;
  for (;;) {
    UChar* dstStart = reinterpret_cast<UChar*>(utf16.data()) + written;
    dst = dstStart;
    UChar* dstEnd = reinterpret_cast<UChar*>(utf16.data()) + utf16.size();
    ec = U_ZERO_ERROR;
    ucnv_toUnicode(cnv.get(), &dst, dstEnd, &src, srcEnd, nullptr, true, &ec);
    written = static_cast<std::size_t>(dst - reinterpret_cast<UChar*>(utf16.data()));
    if (ec == U_BUFFER_OVERFLOW_ERROR) {
      utf16.resize(utf16.size() * 2);
      continue;
    }
    break;
  }
  bad = cb.bad;
  if (U_FAILURE(ec) && !lenient) {
    std::size_t off = bad.empty() ? static_cast<std::size_t>(src - bytes.data()) : bad.front();
    throw InputError("E-DECODE", off, fmt::format("invalid {} byte sequence at byte offset {}", charset, off));
  }
  U32 out;
  out.reserve(written);
  const UChar* p = reinterpret_cast<const UChar*>(utf16.data());
  int32_t i = 0, n = static_cast<int32_t>(written);
  while (i < n) {
    UChar32 c;
    U16_NEXT(p, i, n, c);
    out.push_back(static_cast<char32_t>(c));
  }
  return out;
}

// Called only when the bytes are not valid UTF-8. UTF-8 with a few bad bytes
// stays UTF-8 (and the bad bytes are reported); text that is invalid UTF-8
// throughout but decodes cleanly as GB18030 is GB18030. ICU's detector names
// what else it might be, for the error message.
std::string detect_legacy(std::string_view bytes, std::string* guess, bool* damaged_utf8) {
  std::vector<std::size_t> bad;
  std::size_t high = 0;
  for (char c : bytes) high += static_cast<unsigned char>(c) >= 0x80;
  convert(bytes, "UTF-8", true, bad);
  // a byte or two bad in otherwise valid UTF-8 (Chinese text: many high
  // bytes): damaged UTF-8, not another encoding
  *damaged_utf8 = bad.size() * 10 <= high && bad.size() <= 16;
  if (bad.size() >= 2 && (bad.size() * 20 > high || bad.size() > 64)) {
    try {
      std::vector<std::size_t> none;
      convert(bytes, "GB18030", false, none);
      return "GB18030";
    } catch (const InputError&) {
    }
  }
  if (*damaged_utf8) return "UTF-8";
  UErrorCode ec = U_ZERO_ERROR;
  std::unique_ptr<UCharsetDetector, decltype(&ucsdet_close)> det(ucsdet_open(&ec), &ucsdet_close);
  if (U_SUCCESS(ec)) {
    ucsdet_setText(det.get(), bytes.data(), static_cast<int32_t>(std::min<std::size_t>(bytes.size(), 1 << 20)), &ec);
    const UCharsetMatch* m = ucsdet_detect(det.get(), &ec);
    if (U_SUCCESS(ec) && m) {
      std::string name = ucsdet_getName(m, &ec);
      if (U_SUCCESS(ec) && name != "UTF-8" && ucsdet_getConfidence(m, &ec) >= 30) *guess = name;
    }
  }
  return "UTF-8";
}

// 1-based line of a byte offset, for messages. Counts LF (and lone CR) bytes,
// which is right for every ASCII-compatible encoding read here.
int line_of(std::string_view bytes, std::size_t offset) {
  int line = 1;
  for (std::size_t i = 0; i < offset && i < bytes.size(); ++i) {
    if (bytes[i] == '\n') ++line;
    else if (bytes[i] == '\r' && (i + 1 >= bytes.size() || bytes[i + 1] != '\n')) ++line;
  }
  return line;
}

}  // namespace

bool known_encoding(const std::string& name) {
  UErrorCode ec = U_ZERO_ERROR;
  UConverter* c = ucnv_open(name.c_str(), &ec);
  if (c) ucnv_close(c);
  return U_SUCCESS(ec) && ec != U_AMBIGUOUS_ALIAS_WARNING;
}

bool looks_like_pdf(std::string_view bytes) {
  // the header may follow a little junk (PDF readers look in the first KB)
  return bytes.substr(0, 1024).find("%PDF-") != std::string_view::npos;
}

namespace {

// What a binary file is, told by its first bytes, and what to do with it;
// empty when unknown
std::string binary_kind(std::string_view b) {
  auto starts = [&](std::string_view m) { return b.substr(0, m.size()) == m; };
  if (starts("PK\x03\x04"))
    return ": a ZIP archive (a Word .docx or OpenDocument .odt file?); save it as text or PDF first "
           "(e.g. soffice --headless --convert-to txt:Text FILE)";
  if (starts("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
    return ": a Microsoft Office file (a Word .doc?); save it as text or PDF first "
           "(e.g. soffice --headless --convert-to txt:Text FILE)";
  if (starts("\x1F\x8B")) return ": gzip-compressed; decompress it first (gunzip)";
  if (starts("\x89PNG") || starts("\xFF\xD8\xFF") || starts("GIF8") || starts("II*\0") || starts("MM\0*"))
    return ": an image (a scanned page?); run OCR on it first";
  return {};
}

}  // namespace

DecodedText decode(std::string_view bytes, const DecodeOptions& options) {
  DecodedText out;
  std::string_view body = bytes;
  std::string charset;
  if (!options.encoding.empty()) {
    charset = options.encoding;
    out.encoding = options.encoding;
  } else if (body.size() >= 3 && body.substr(0, 3) == "\xEF\xBB\xBF") {
    charset = "UTF-8";
    out.encoding = "UTF-8 BOM";
    body.remove_prefix(3);
  } else if (body.size() >= 2 && body.substr(0, 2) == "\xFF\xFE") {
    charset = "UTF-16LE";
    out.encoding = "UTF-16LE";
    body.remove_prefix(2);
  } else if (body.size() >= 2 && body.substr(0, 2) == "\xFE\xFF") {
    charset = "UTF-16BE";
    out.encoding = "UTF-16BE";
    body.remove_prefix(2);
  }
  std::size_t prefix = bytes.size() - body.size();
  // UTF-16 without a byte-order mark: its ASCII characters (line ends,
  // digits, Latin words) put a NUL in every other byte. Read so when the
  // NULs stand on one side only and the whole converts cleanly.
  if (charset.empty() && body.find('\0') != std::string_view::npos) {
    std::size_t even = 0, odd = 0;
    const std::size_t span = std::min<std::size_t>(body.size(), 1 << 20);
    for (std::size_t k = 0; k < span; ++k)
      if (body[k] == '\0') ++(k % 2 ? odd : even);
    const std::size_t nuls = even + odd;
    const char* side = nullptr;
    if (body.size() % 2 == 0 && nuls * 100 >= span && std::min(even, odd) * 4 <= nuls)
      side = odd > even ? "UTF-16LE" : "UTF-16BE";
    if (side && nuls < 4) side = nullptr;  // (a few NULs say nothing)
    if (side) {
      std::vector<std::size_t> none;
      try {
        out.text = convert(body, side, false, none);
        // and it reads as text: line ends, and letters, Han and punctuation
        // nearly throughout (binary data read as UTF-16 gives stray symbols)
        std::size_t plausible = 0;
        for (char32_t c : out.text)
          plausible += is_space(c) || is_han(c) || (c >= 0x20 && c < 0x7F) || (c >= 0x3000 && c <= 0x303F) ||
                       (c >= 0xFF00 && c <= 0xFFEF) || (c >= 0x2000 && c <= 0x206F);
        if (out.text.find(U'\n') == U32::npos || plausible * 10 < out.text.size() * 9)
          throw InputError("E-DECODE", 0, "not text");
        charset = out.encoding = side;
        out.diagnostics.push_back(
            {"I-UTF16-NO-BOM", Severity::Info, 0, 0,
             fmt::format("no byte-order mark: read as {} from its NUL bytes (one in every other byte)", side)});
      } catch (const InputError&) {
        out.text.clear();
        // (a file whose first bytes name its format says what it is, rather
        // than a guess at UTF-16: a short .docx has NULs every other byte too)
        if (const std::string kind = binary_kind(bytes); !kind.empty())
          throw InputError("E-BINARY", prefix + body.find('\0'),
                           fmt::format("binary data (NUL byte) at byte offset {}{}", prefix + body.find('\0'), kind));
        throw InputError("E-BINARY", prefix + body.find('\0'),
                         fmt::format("binary data (NUL byte) at byte offset {}; every other byte is NUL: it may be "
                                     "{} without a byte-order mark (pass --encoding {})",
                                     prefix + body.find('\0'), side, side));
      }
    }
  }
  if (charset.empty() || (charset.rfind("UTF-16", 0) != 0 && charset.rfind("UTF16", 0) != 0)) {
    // Text in an 8-bit encoding never contains NUL: such a file is binary.
    if (auto nul = body.find('\0'); nul != std::string_view::npos)
      throw InputError("E-BINARY", nul + prefix,
                       fmt::format("binary data (NUL byte) at byte offset {}{}", nul + prefix, binary_kind(bytes)));
  }
  if (body.empty()) {
    if (out.encoding.empty()) out.encoding = "UTF-8";
    out.diagnostics.push_back({"W-EMPTY", Severity::Warning, 0, 0, "empty input: no text to parse"});
    return out;
  }
  std::vector<std::size_t> bad;
  std::string guess;  // what ICU's detector thinks undecodable bytes are
  bool damaged_utf8 = false;
  if (charset.empty()) {
    // Strict UTF-8 first: almost every document is UTF-8, and valid UTF-8
    // Chinese text is vanishingly unlikely to be meant as GB18030.
    try {
      out.text = convert(body, "UTF-8", false, bad);
      charset = out.encoding = "UTF-8";
    } catch (const InputError&) {
      charset = out.encoding = detect_legacy(body, &guess, &damaged_utf8);
    }
  }
  try {
    if (out.text.empty()) out.text = convert(body, charset.c_str(), options.lenient, bad);
  } catch (const InputError& e) {
    if (e.code != "E-DECODE") throw;
    const bool wide = charset.rfind("UTF-16", 0) == 0;
    std::size_t at = e.offset + prefix;
    unsigned byte = at < bytes.size() ? static_cast<unsigned char>(bytes[at]) : 0;
    throw InputError(e.code, at,
                     wide ? fmt::format("invalid {} byte sequence at byte offset {}", out.encoding, at)
                          : fmt::format("invalid {} byte 0x{:02X} at byte offset {} (line {}){}", out.encoding,
                                        byte, at, line_of(bytes, at),
                                        damaged_utf8
                                            ? std::string("; the rest is valid UTF-8, so the byte is damaged: pass "
                                                          "--lenient to read on with U+FFFD in its place")
                                        : guess.empty() ? std::string("; convert it to UTF-8, or name the encoding "
                                                                      "with --encoding")
                                                        : fmt::format("; the file may be {}: convert it to UTF-8 "
                                                                      "or pass --encoding {}",
                                                                      guess, guess)));
  }
  if (!bad.empty()) {
    const bool wide = charset.rfind("UTF-16", 0) == 0;
    std::size_t at = bad.front() + prefix;
    out.diagnostics.push_back(
        {"W-REPLACED", Severity::Warning, wide ? 0 : line_of(bytes, at), 0,
         fmt::format("{} invalid {} byte sequence(s) replaced with U+FFFD; the first at byte offset {}",
                     bad.size(), out.encoding, at)});
  }
  bool only_space = true;
  for (char32_t c : out.text)
    if (!is_space(c) && c != 0xFEFF) { only_space = false; break; }
  if (only_space)
    out.diagnostics.push_back({"W-EMPTY", Severity::Warning, 0, 0, "input has no text, only white space"});
  return out;
}

}  // namespace undoc
