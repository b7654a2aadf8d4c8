#include "undoc/undoc.hpp"

#include "undoc/pdf.hpp"

#include <fmt/format.h>
// SHA256_Init/Update/Final, not the EVP interface (nor SHA256(), which calls
// it in OpenSSL 3): EVP fetches its providers first, which took more than half
// of a one-line document's run (5.3 million of 9.2 million instructions).
// These functions are deprecated in OpenSSL 3 in favour of EVP, but compute
// the same digest.
#define OPENSSL_SUPPRESS_DEPRECATED
#include <openssl/sha.h>

#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <mutex>
#include <ostream>
#include <set>

namespace undoc {

const char* version() { return UNDOC_VERSION; }

// The words a Tag names: the parser's own first, found without a lock; any
// other word (a library user's) in a table under a lock. Never freed: every
// Tag may point into them until the process ends.
const std::string* Tag::intern(std::string_view s) {
  if (s.empty()) return nullptr;
  static const std::string* const known = new std::string[]{
      "part", "chapter", "section", "subsection", "subhead", "article", "item",
      "numbered", "unnumbered", "preambular", "heading", "formula"};
  for (size_t i = 0; i < 12; ++i)
    if (known[i] == s) return &known[i];
  static std::mutex* const lock = new std::mutex;
  static auto* const table = new std::set<std::string, std::less<>>;
  std::lock_guard<std::mutex> hold(*lock);
  auto it = table->find(s);
  if (it == table->end()) it = table->emplace(s).first;
  return &*it;
}

const std::string& Tag::empty_string() {
  static const std::string* const empty = new std::string;
  return *empty;
}

std::ostream& operator<<(std::ostream& os, const Tag& t) { return os << t.str(); }

std::string sha256_hex(std::string_view bytes) {
  unsigned char md[SHA256_DIGEST_LENGTH];
  SHA256_CTX ctx;
  SHA256_Init(&ctx);
  SHA256_Update(&ctx, bytes.data(), bytes.size());
  SHA256_Final(md, &ctx);
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  out.reserve(2 * SHA256_DIGEST_LENGTH);
  for (unsigned char c : md) {
    out.push_back(kHex[c >> 4]);
    out.push_back(kHex[c & 15]);
  }
  return out;
}

namespace {

// Whether read_text(bytes) is the bytes themselves, as it is for
// well-formed UTF-8 (by ICU's U8_NEXT, decode's strict reading) without a
// byte-order mark or a NUL byte, not a PDF, no encoding forced: decoded and
// written back as UTF-8 they come out the same (and read_text keeps no
// diagnostic). Checking costs a tenth of decoding and re-encoding them (3% of
// `undoc tokens --lines`).
bool reads_as_itself(std::string_view bytes, const Options& opt) {
  if (!opt.decode.encoding.empty() || bytes.substr(0, 3) == "\xEF\xBB\xBF" || bytes.substr(0, 2) == "\xFF\xFE" ||
      bytes.substr(0, 2) == "\xFE\xFF" || std::memchr(bytes.data(), 0, bytes.size()) != nullptr ||
      looks_like_pdf(bytes))
    return false;
  const auto* p = reinterpret_cast<const uint8_t*>(bytes.data());
  const size_t n = bytes.size();
  size_t i = 0;
  while (i < n) {
    // (ASCII, and a three-byte character of the BMP, not overlong (its
    // lead's low four bits and its first trail's bit 5 not all clear), not a
    // surrogate (not ED with that bit set), read from four bytes at once
    // while four remain (little-endian: the first byte lowest); the rest by U8_NEXT)
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    if (i + 4 <= n) {
      uint32_t w;
      std::memcpy(&w, p + i, 4);
      if (!(w & 0x80)) {
        ++i;
        continue;
      }
      const uint32_t x = w & 0x200F;
      if ((w & 0xC0C0F0) == 0x8080E0 && x != 0 && x != 0x200D) {
        i += 3;
        continue;
      }
    }
#endif
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c < 0) return false;
  }
  return true;
}

}  // namespace

std::string read_text(std::string_view bytes, const Options& options) {
  if (reads_as_itself(bytes, options)) return std::string(bytes);
  if (looks_like_pdf(bytes)) return to_utf8(read_pdf(bytes).text);
  return to_utf8(decode(bytes, options.decode).text);
}

std::string read_text_owning(std::string&& bytes, const Options& options) {
  if (reads_as_itself(bytes, options)) return std::move(bytes);
  return read_text(std::string_view(bytes), options);
}

namespace {

// `owned`, when given, holds `bytes` and is emptied once they are decoded
Document convert_owned(std::string_view bytes, std::string* owned, const std::string& name, const Options& options) {
  DecodedText text;
  Source src;
  src.name = name;
  src.bytes = bytes.size();
  if (options.digest) src.sha256 = sha256_hex(bytes);
  std::vector<std::string> pdf_evidence;
  std::vector<LineGeometry> geometry;  // a PDF's, one per line of its text
  if (looks_like_pdf(bytes)) {
    PdfText pdf = read_pdf(bytes);
    text.text = std::move(pdf.text);
    src.format = "pdf";
    src.pages = pdf.pages;
    src.line_pages.reserve(pdf.lines.size());
    for (const auto& g : pdf.lines) src.line_pages.push_back(g.page + 1);
    geometry = std::move(pdf.lines);
    pdf_evidence = std::move(pdf.evidence);
  } else {
    text = decode(bytes, options.decode);
    src.encoding = text.encoding;
  }
  if (owned) {  // decoded: the bytes are no longer needed
    bytes = {};
    std::string().swap(*owned);
  }
  Lines lines = lex(std::move(text.text));  // (the lines view these characters, not a copy of them)
  // what the page said of each line, beside its text
  for (size_t i = 0; i < lines.lines.size() && i < geometry.size(); ++i) {
    const LineGeometry& g = geometry[i];
    lines.lines[i].bold = g.bold ? 1 : 0;
    lines.lines[i].foot = g.foot ? 1 : 0;
    lines.lines[i].right_gap = static_cast<signed char>(std::clamp(std::lround(g.right_gap), 0L, 100L));
    lines.lines[i].indent = static_cast<signed char>(std::clamp(std::lround(g.indent), 0L, 100L));
    lines.lines[i].centered = g.centered ? 1 : 0;
    lines.lines[i].large = g.large ? 1 : 0;
    lines.lines[i].band = g.band ? 1 : 0;
    lines.lines[i].space_above = g.space_above ? 1 : 0;
  }
  Document doc = parse(lines, src);
  lines = Lines();  // (the document holds what it needs of them: let them go before validating and analysing it)
  doc.source.layout.evidence.insert(doc.source.layout.evidence.begin(), pdf_evidence.begin(), pdf_evidence.end());
  std::vector<Diagnostic> diags = std::move(text.diagnostics);
  diags.insert(diags.end(), doc.diagnostics.begin(), doc.diagnostics.end());
  if (options.validate) {
    auto v = validate(doc);
    diags.insert(diags.end(), v.begin(), v.end());
  }
  std::stable_sort(diags.begin(), diags.end(),
                   [](const Diagnostic& a, const Diagnostic& b) { return a.line < b.line; });
  doc.diagnostics = std::move(diags);
  if (options.analyze) analyze(doc);
  doc.tokenized = options.tokens;
  return doc;
}

}  // namespace

Document convert(std::string_view bytes, const std::string& name, const Options& options) {
  return convert_owned(bytes, nullptr, name, options);
}

Document convert_owning(std::string&& bytes, const std::string& name, const Options& options) {
  std::string owned = std::move(bytes);
  return convert_owned(owned, &owned, name, options);
}

}  // namespace undoc
