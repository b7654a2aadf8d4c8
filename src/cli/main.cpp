// undoc command line: the only place that touches argv, files and exit codes.
#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <unistd.h>

#include <atomic>
#include <map>
#include <cerrno>
#include <condition_variable>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <algorithm>
#include <fstream>
#include <functional>
#include <iostream>
#include <mutex>
#include <optional>
#include <sstream>
#include <thread>
#include <ctime>
#include <pthread.h>

#include "undoc/pdf.hpp"
#include "undoc/undoc.hpp"

namespace fs = std::filesystem;
using undoc::Document;
using undoc::Json;

namespace {

enum Exit { kOk = 0, kInvalid = 1, kUsage = 2 };

// ---- output -----------------------------------------------------------------

// The first failed write to standard output (0: none). Reported once, at the
// end, as E-IO with exit 2: a full disk or a closed descriptor is not success.
int g_stdout_errno = 0;

void write_stdout(std::string_view s) {
  if (s.empty()) return;
  errno = 0;
  if (std::fwrite(s.data(), 1, s.size(), stdout) != s.size()) {
    if (errno == EPIPE) std::_Exit(kOk);  // reader went away (| head): stop quietly
    if (!g_stdout_errno) g_stdout_errno = errno ? errno : EIO;
  }
}

void flush_stdout() {
  errno = 0;
  if (std::fflush(stdout) != 0) {
    if (errno == EPIPE) std::_Exit(kOk);  // as write_stdout: the reader went away
    if (!g_stdout_errno) g_stdout_errno = errno ? errno : EIO;
  }
}

// Flushes standard output and says whether everything written reached it.
int finish_stdout(int status) {
  flush_stdout();
  if (std::ferror(stdout) && !g_stdout_errno) g_stdout_errno = EIO;
  if (g_stdout_errno) {
    std::fprintf(stderr, "undoc: error: cannot write to standard output: %s [E-IO]\n", std::strerror(g_stdout_errno));
    return std::max(status, static_cast<int>(kUsage));
  }
  return status;
}

void write_stderr(const std::string& s) { std::fwrite(s.data(), 1, s.size(), stderr); }

// ---- interruption --------------------------------------------------------------
// SIGINT/SIGTERM: the temporary files being written are removed, the number
// of documents written is said, and the exit is 130 or 143. The handler uses
// only async-signal-safe calls: the temporary paths sit in a fixed table of
// slots that writers fill and clear.

constexpr int kTmpSlots = 512;
std::atomic<const char*> g_tmp[kTmpSlots];
std::atomic<long> g_written{0};

int register_tmp(const char* path) {
  for (int k = 0; k < kTmpSlots; ++k) {
    const char* none = nullptr;
    if (g_tmp[k].compare_exchange_strong(none, path)) return k;
  }
  return -1;  // (more writers than slots: that file is not cleaned on a signal)
}

void release_tmp(int slot) {
  if (slot >= 0) g_tmp[slot].store(nullptr);
}

// Writers of temporary files in flight, and whether a signal has come: a
// writer that starts after the signal gives up; the handler lets the ones in
// flight finish (a write is short) before it removes what is left, so no
// temporary file is created after the clean-up. (The worker threads block the
// signals, so the handler runs on the main thread, which may itself be in
// such a step, writing -o FILE: it does not wait for itself.)
std::atomic<int> g_writers{0};
std::atomic<bool> g_dying{false};
thread_local int t_writing = 0;  // this thread is inside such a step (the handler does not wait for itself)

extern "C" void on_interrupt(int sig) {
  g_dying.store(true);
  for (int spin = 0; spin < 2000 && g_writers.load() > t_writing; ++spin) {
    struct timespec ms = {0, 1000000};
    ::nanosleep(&ms, nullptr);
  }
  for (auto& t : g_tmp)
    if (const char* p = t.load()) ::unlink(p);
  char msg[96];
  long n = g_written.load();
  // "undoc: interrupted: N document(s) written"
  char digits[24];
  int d = 0;
  do digits[d++] = static_cast<char>('0' + n % 10), n /= 10; while (n > 0 && d < 20);
  int m = 0;
  for (const char* c = "\nundoc: interrupted: "; *c; ++c) msg[m++] = *c;
  while (d > 0) msg[m++] = digits[--d];
  for (const char* c = " document(s) written\n"; *c; ++c) msg[m++] = *c;
  (void)!::write(STDERR_FILENO, msg, static_cast<size_t>(m));
  ::_exit(128 + sig);
}

// A file written whole or not at all: a temporary file beside it, renamed
// into place by commit(); removed if never committed. A path that is not a
// regular file (a FIFO, a device, a symlink to one) is written directly:
// renaming over it would replace it. A symlink to a regular file is followed:
// its target is replaced, the link kept. Written piece by piece, so a
// document's output need not be held whole.
class AtomicFile {
 public:
  explicit AtomicFile(const fs::path& given) : given_(given), path_(given) {
    // (one lstat for a path that is not there yet, the usual case; a link is
    // looked through)
    struct stat st;
    if (::lstat(given.c_str(), &st) == 0) {
      const bool link = S_ISLNK(st.st_mode);
      struct stat target;
      const bool target_exists = link ? ::stat(given.c_str(), &target) == 0 : true;
      if (link && target_exists) st = target;
      if (target_exists && !S_ISREG(st.st_mode)) {
        direct_ = true;
        fd_ = open_out(given.c_str());
        if (fd_ < 0) error_ = fmt::format("cannot write {}: {}", given.string(), std::strerror(errno ? errno : EIO));
        return;
      }
      if (link) {
        std::error_code ec;
        fs::path resolved = fs::weakly_canonical(given, ec);
        if (!ec) path_ = resolved;
      }
    }
    // (creating the temporary file and registering it for the signal
    // handler is one step the handler waits for: see on_interrupt)
    Writer w;
    if (g_dying.load()) {
      error_ = "interrupted";
      return;
    }
    static const long pid = static_cast<long>(::getpid());
    tmp_name_ = path_.string() +
                fmt::format(".tmp.{}.{}", pid, std::hash<std::thread::id>{}(std::this_thread::get_id()) % 100000);
    slot_ = register_tmp(tmp_name_.c_str());
    fd_ = open_out(tmp_name_.c_str());
    if (fd_ < 0) error_ = fmt::format("cannot write {}: {}", given.string(), std::strerror(errno ? errno : EIO));
  }
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;
  ~AtomicFile() {
    if (fd_ >= 0) ::close(fd_);
    if (!direct_ && !done_ && fd_ >= 0) ::unlink(tmp_name_.c_str());
    release_tmp(slot_);
  }
  bool ok() const { return error_.empty(); }
  const std::string& error() const { return error_; }
  // (small pieces, a BOM or a CSV header, are gathered and go out with the
  // next large one in one writev(): a document's file is one system call)
  void write(std::string_view data) {
    if (!ok() || data.empty()) return;
    if (data.size() < kSmall && pending_.size() + data.size() <= kGather) {
      pending_ += data;
      return;
    }
    put(pending_, data);
    pending_.clear();
  }
  bool commit() {
    drain();
    if (!ok()) return false;
    const int fd = fd_;
    fd_ = -1;
    if (::close(fd) != 0) {
      error_ = fmt::format("cannot write {}: {}", given_.string(), std::strerror(errno ? errno : EIO));
      if (!direct_) ::unlink(tmp_name_.c_str());
      return false;
    }
    done_ = true;
    if (direct_) return true;
    Writer w;
    if (::rename(tmp_name_.c_str(), path_.c_str()) != 0) {
      error_ = fmt::format("cannot write {}: {}", given_.string(), std::strerror(errno));
      ::unlink(tmp_name_.c_str());
      return false;
    }
    return true;
  }

 private:
  static constexpr size_t kSmall = 4 << 10, kGather = 64 << 10;
  struct Writer {
    Writer() { ++t_writing, ++g_writers; }
    ~Writer() { --g_writers, --t_writing; }
  };
  static int open_out(const char* path) {
    int fd;
    do fd = ::open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
    while (fd < 0 && errno == EINTR);
    return fd;
  }
  void drain() {
    if (ok() && !pending_.empty()) put(pending_, {});
    pending_.clear();
  }
  // a, then b
  void put(std::string_view a, std::string_view b) {
    while (!a.empty() || !b.empty()) {
      struct iovec io[2] = {{const_cast<char*>(a.data()), a.size()}, {const_cast<char*>(b.data()), b.size()}};
      const int first = a.empty() ? 1 : 0;
      const ssize_t n = ::writev(fd_, io + first, 2 - first);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) {
        error_ = fmt::format("cannot write {}: {}", given_.string(), std::strerror(n < 0 && errno ? errno : EIO));
        return;
      }
      size_t done = static_cast<size_t>(n);
      const size_t from_a = std::min(done, a.size());
      a.remove_prefix(from_a);
      b.remove_prefix(done - from_a);
    }
  }
  fs::path given_, path_;
  std::string tmp_name_;
  int slot_ = -1;
  int fd_ = -1;
  std::string pending_;
  bool direct_ = false, done_ = false;
  std::string error_;
};

// ---- input ------------------------------------------------------------------

struct Input {
  std::string name;   // as the user gave it; "<stdin>" for -
  std::string bytes;
  std::string error;  // non-empty when the file could not be read
};

// Reads a stream whole, but no more than `limit` bytes: a larger input (or
// an endless special file: /dev/zero) stops with a clear error.
// `expect`: the size the file says it has (0: unknown), reserved at once so
// the buffer is not grown by doubling (a third of its size in waste, on average)
bool read_limited(std::istream& in, std::size_t limit, std::string* out, std::string* error, std::size_t expect = 0) {
  std::string buf;
  if (expect > 0 && expect <= limit) buf.reserve(expect + 1);
  char chunk[1 << 16];
  while (in) {
    in.read(chunk, sizeof chunk);
    const auto got = static_cast<std::size_t>(in.gcount());
    if (buf.size() + got > limit) {
      *error = fmt::format("is larger than the input limit of {} bytes (--max-bytes); raise it to read this input",
                           limit);
      return false;
    }
    buf.append(chunk, got);
  }
  if (in.bad()) {
    *error = fmt::format("cannot read: {}", std::strerror(errno ? errno : EIO));
    return false;
  }
  *out = std::move(buf);
  return true;
}

Input read_input(const std::string& arg, std::size_t limit) {
  Input in;
  if (arg == "-") {
    in.name = "<stdin>";
    read_limited(std::cin, limit, &in.bytes, &in.error);
    return in;
  }
  in.name = arg;
  // One open and one fstat: a regular file is read straight into a buffer of
  // its size (std::ifstream and three stat calls per input were a visible
  // share of a batch of small files).
  const int fd = ::open(arg.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    in.error = fmt::format("cannot open: {}", std::strerror(errno));
    return in;
  }
  struct FdCloser {
    int fd;
    ~FdCloser() { ::close(fd); }
  } closer{fd};
  struct stat st {};
  if (::fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
    in.error = "is a directory with no .txt or .pdf files";
    return in;
  }
  const bool regular = S_ISREG(st.st_mode);
  const auto size = regular ? static_cast<std::size_t>(st.st_size) : 0;
  auto too_large = [&] {
    in.error = fmt::format("is larger than the input limit of {} bytes (--max-bytes); raise it to read this input",
                           limit);
  };
  if (size > limit) {
    too_large();
    return in;
  }
  // A regular file is read into a buffer of its size (one byte more: a file
  // that grew since is still read whole, by the chunks below); anything else
  // (a pipe, a FIFO, a device) by chunks of 64 KiB appended, so that its
  // buffer holds what was read and never room made ahead and filled.
  std::string buf;
  std::size_t have = 0;
  auto failed = [&] {
    in.error = fmt::format("cannot read: {}", std::strerror(errno));
    return in;
  };
  if (regular) {
    buf.resize(size + 1);
    while (have < buf.size()) {
      const ssize_t got = ::read(fd, buf.data() + have, buf.size() - have);
      if (got < 0 && errno == EINTR) continue;
      if (got < 0) return failed();
      if (got == 0) break;
      have += static_cast<std::size_t>(got);
      // (the size fstat gave, read with one byte of room left: the file's
      // end, no second read to hear it; a file that grew fills that byte and
      // is read on to its end)
      if (have == size) break;
    }
    buf.resize(have);
    if (have > limit) {
      too_large();
      return in;
    }
  }
  if (!regular || have == size + 1) {
    char chunk[1 << 16];
    for (;;) {
      const ssize_t got = ::read(fd, chunk, sizeof chunk);
      if (got < 0 && errno == EINTR) continue;
      if (got < 0) return failed();
      if (got == 0) break;
      if (buf.size() + static_cast<std::size_t>(got) > limit) {
        too_large();
        return in;
      }
      buf.append(chunk, static_cast<std::size_t>(got));
    }
  }
  in.bytes = std::move(buf);
  return in;
}

// ---- shared options ------------------------------------------------------------

// A directory stands for the .txt and .pdf files below it, in name order; a
// directory with none stays as it is and is reported as unreadable. Each
// input also gets its name under -o DIR: the file's stem, or its path
// below the directory it was found in.
struct InputSpec {
  std::string path;
  std::string out_name;
  std::string error;  // found unreadable while walking a directory argument
};

// .txt and .pdf, in any case (REPORT.PDF)
bool input_extension(const fs::path& p) {
  std::string e = p.extension().string();
  std::transform(e.begin(), e.end(), e.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return e == ".txt" || e == ".pdf";
}

std::vector<InputSpec> expand_inputs(const std::vector<std::string>& args) {
  std::vector<InputSpec> out;
  for (const auto& a : args) {
    std::error_code ec;
    if (a == "-" || !fs::is_directory(a, ec)) {
      out.push_back({a, a == "-" ? "stdin" : fs::path(a).stem().string(), ""});
      continue;
    }
    // (subdirectories that cannot be read and links to nothing are reported
    // in their place, not skipped; links to directories are not followed)
    std::vector<std::pair<fs::path, std::string>> found;  // path, error
    std::function<void(const fs::path&)> walk = [&](const fs::path& dir) {
      std::error_code e;
      fs::directory_iterator it(dir, e);
      if (e) {
        found.push_back({dir, fmt::format("cannot read this directory: {}", e.message())});
        return;
      }
      for (; it != fs::directory_iterator(); it.increment(e)) {
        if (e) {
          found.push_back({dir, fmt::format("cannot read this directory: {}", e.message())});
          break;
        }
        std::error_code e2;
        const fs::path path = it->path();
        // (the type the directory listing gave, where it gave one: a link is
        // told without an lstat, anything else without a stat; a file system
        // that gives none is asked as before)
        const fs::file_type own = it->is_symlink(e2)     ? fs::file_type::symlink
                                  : it->is_directory(e2) ? fs::file_type::directory
                                                         : fs::file_type::regular;
        if (own == fs::file_type::directory) {
          walk(path);
        } else if (input_extension(path)) {
          if (it->is_regular_file(e2)) found.push_back({path, ""});
          else if (own == fs::file_type::symlink && !fs::exists(it->status(e2)))
            found.push_back({path, "is a symbolic link to nothing"});
        }
      }
    };
    walk(a);
    std::sort(found.begin(), found.end());
    if (found.empty()) out.push_back({a, fs::path(a).filename().string(), ""});
    for (const auto& [f, err] : found)
      out.push_back({f.string(), fs::path(f).lexically_relative(a).replace_extension().string(), err});
  }
  return out;
}

struct Common {
  std::vector<std::string> files;
  std::vector<InputSpec> inputs;  // files with directories expanded (expand_inputs), once
  bool lenient = false;
  std::string encoding;
  bool strict = false;
  bool quiet = false;
  unsigned jobs = 1;
  bool analyze = false;
  bool tokens = false;     // parse --tokens: tokens on every node
  bool raw_lines = false;  // tokens --lines: each line as it stands, no parse
  bool digest = true;      // the documents' sha256 (validate prints none)
  std::vector<std::string> dicts;  // --dict: term lists added to the built-in one
  std::size_t max_bytes = std::size_t{256} << 20;  // --max-bytes
};

void add_common(CLI::App* cmd, Common& c) {
  cmd->add_option("files", c.files, "input files, text or PDF (a directory: the .txt and .pdf files below it); - or none reads standard input");
  cmd->add_flag("--lenient", c.lenient, "replace undecodable bytes with U+FFFD (with a warning) instead of failing");
  cmd->add_option("--encoding", c.encoding, "force the input encoding (UTF-8, UTF-16LE, UTF-16BE, GB18030)")
      ->check(CLI::Validator(
          [](std::string& name) { return undoc::known_encoding(name) ? std::string() : "unknown encoding " + name; },
          "ENCODING"));
  cmd->add_flag("--strict", c.strict, "exit 1 on warnings as well as errors");
  cmd->add_flag("-q,--quiet", c.quiet, "do not print diagnostics on standard error");
  cmd->add_option("--max-bytes", c.max_bytes, "read no input larger than this (default 268435456, 256 MiB)")
      ->check(CLI::Range(std::size_t{1}, std::size_t{1} << 40));
  cmd->add_option("-j,--jobs", c.jobs, "files converted in parallel (default 1; -j $(nproc) for every core; output order stays the input order)")
      ->check(CLI::Range(1u, 256u));
}

struct Result {
  std::optional<Document> doc;
  std::string name;
  std::string out_name;  // output path under -o DIR, without extension ("sub/a" for DIR/sub/a.txt)
  std::string error;       // input error message
  std::string error_code;  // E-BINARY, E-DECODE, E-IO
  std::string rendered;    // output produced by the worker
  size_t index = 0;        // the input's place in the run (0-based)
  std::size_t bytes = 0;   // the input's size, as read
  std::string text;        // tokens --lines: the decoded text
  std::string write_error; // parse -o DIR: the output file could not be written
  bool written = false;     // parse -o DIR: the worker wrote it (or tried)
  bool streamed = false;    // parse to a stream: the document too large to render whole (the sink writes it piece by piece)
  int status = kOk;
};

// What a document's output comes to, roughly and from above: its text twice
// (escaped and indented; eight times with tokens, three with sentences) and
// a kilobyte for each object the output holds (a node, a table row, an
// annex, a footnote and its uses, a contents entry, a piece of furniture, a
// diagnostic). parse streams a document whose output this puts at 4 MB or
// more. The input's size alone missed a document whose many small parts make
// twenty times their bytes in JSON: 1.85 MB of 20,000 annexes came to 37 MB
// of JSON, held whole before it was written.
std::size_t output_size_hint(const Document& d) {
  std::size_t objects = d.annexes.size() + d.toc.entries.size() + d.furniture.size() + d.diagnostics.size() +
                        d.closing.size() + d.front_matter.agenda_items.size();
  for (const auto& f : d.footnotes) objects += 1 + f.refs.size();
  auto count = [&](const auto& nodes) {
    undoc::walk(nodes, [&](const undoc::Node& n) { objects += 1 + n.footnote_refs.size() + n.rows.size(); });
  };
  count(d.front_matter.paragraphs);
  count(d.body);
  for (const auto& a : d.annexes) count(a.children);
  const std::size_t per_byte = d.tokenized ? 8 : d.analyzed ? 3 : 2;
  return d.source.bytes * per_byte + (objects << 10);
}

// What a sink still reads of a document once the worker has rendered it: its
// diagnostics and source. The rest is let go on the worker's thread, where it
// was allocated (freed by the thread that hands the results on in order, it
// cost that thread a share of a -j N batch).
void keep_only_diagnostics(Result& r) {
  Document light;
  light.source = std::move(r.doc->source);
  light.diagnostics = std::move(r.doc->diagnostics);
  r.doc = std::move(light);
}

int doc_status(const Document& d, bool strict) {
  int s = kOk;
  for (const auto& g : d.diagnostics) {
    if (g.severity == undoc::Severity::Error) s = kInvalid;
    if (strict && g.severity == undoc::Severity::Warning) s = kInvalid;
  }
  return s;
}

// Converts every input, `jobs` at a time, and hands results to `sink` in input
// order, so the output is the same whatever the thread count.
void run_all(const Common& c, const std::function<void(Result&)>& render, const std::function<void(Result&)>& sink) {
  const std::vector<InputSpec>& files = c.inputs;
  undoc::Options opt;
  opt.decode.lenient = c.lenient;
  opt.decode.encoding = c.encoding;
  opt.analyze = c.analyze;
  opt.tokens = c.tokens;
  opt.digest = c.digest;
  const size_t n = files.size();
  std::vector<std::optional<Result>> slots(n);
  std::mutex mu;
  // (each side woken only when it waits for what the other just did: the
  // main thread for the next result in order, a worker for room in the
  // window; a wake-up per document on both sides cost a -j N batch a tenth)
  std::condition_variable cv_main, cv_work;
  constexpr size_t kNone = static_cast<size_t>(-1);
  size_t main_waits_for = kNone;
  unsigned workers_waiting = 0;
  size_t next = 0, consumed = 0;
  const size_t window = 4u * c.jobs + 4;  // bounded look-ahead: memory stays flat on huge batches
  const bool progress = n > 1 && !c.quiet && ::isatty(STDERR_FILENO);  // (-q: nothing on stderr but errors)
  // input i read, converted and rendered
  auto produce = [&](size_t i) {
    Result r;
    Input in;
    try {
      if (!files[i].error.empty()) in.name = files[i].path, in.error = files[i].error;
      else in = read_input(files[i].path, c.max_bytes);
    } catch (const std::bad_alloc&) {
      in.name = files[i].path == "-" ? "<stdin>" : files[i].path;
      in.error = "ran out of memory reading this input; lower --max-bytes or free memory";
    }
    r.name = in.name;
    r.out_name = files[i].out_name;
    r.index = i;
    r.bytes = in.bytes.size();
    if (!in.error.empty()) {
      r.error = in.error;
      r.error_code = "E-IO";
      r.status = kUsage;
    } else {
      try {
        if (c.raw_lines) {
          r.doc.emplace();
          r.doc->source.name = in.name;
          if (c.digest) r.doc->source.sha256 = undoc::sha256_hex(in.bytes);
          r.doc->source.format = undoc::looks_like_pdf(in.bytes) ? "pdf" : "text";
          r.text = undoc::read_text_owning(std::move(in.bytes), opt);
        } else {
          // (the bytes are the converter's: it lets them go once decoded)
          r.doc = undoc::convert_owning(std::move(in.bytes), in.name, opt);
        }
        render(r);
      } catch (const undoc::InputError& e) {
        r.error = e.what();
        r.error_code = e.code;
        r.status = kUsage;
      } catch (const std::bad_alloc&) {
        r.doc.reset();
        r.rendered.clear();
        r.error = fmt::format("ran out of memory converting this input ({} bytes)", r.bytes);
        r.error_code = "E-RESOURCE";
        r.status = kUsage;
      } catch (const std::exception& e) {
        // A bug in undoc, not in the input: say so, and go on with the batch.
        r.error = fmt::format("internal error: {} (please report this input)", e.what());
        r.error_code = "E-INTERNAL";
        r.status = kUsage;
      }
    }
    return r;
  };
  unsigned threads = std::max(1u, std::min<unsigned>(c.jobs, static_cast<unsigned>(n)));
  // One thread: the main thread converts each input itself, in order. (A
  // worker handed it every document across threads, and the main thread
  // slept and woke once a document: a tenth of a batch validate's time went
  // to those switches.) A signal then interrupts the main thread's own work;
  // on_interrupt does not wait for the thread it runs on.
  if (threads == 1) {
    for (size_t i = 0; i < n; ++i) {
      Result r = produce(i);
      if (progress) write_stderr("\r\x1b[K");
      const std::string name = r.name;
      sink(r);
      if (progress) write_stderr(fmt::format("\r\x1b[K[{}/{}] {}", i + 1, n, name));
    }
    if (progress) write_stderr("\r\x1b[K");
    return;
  }
  auto work = [&] {
    // (signals go to the main thread: see on_interrupt)
    sigset_t block;
    sigemptyset(&block);
    sigaddset(&block, SIGINT);
    sigaddset(&block, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &block, nullptr);
    for (;;) {
      size_t i;
      {
        std::unique_lock<std::mutex> lk(mu);
        while (next < n && next >= consumed + window) {
          ++workers_waiting;
          cv_work.wait(lk);
          --workers_waiting;
        }
        if (next >= n) return;
        i = next++;
      }
      Result r = produce(i);
      bool wake;
      {
        std::lock_guard<std::mutex> lk(mu);
        slots[i] = std::move(r);
        wake = i == main_waits_for;
      }
      if (wake) cv_main.notify_one();
    }
  };
  // N threads for -j N: N - 1 workers and this one, which converts the next
  // input itself whenever the result it must hand on next is not ready yet.
  // (A main thread that only waited made N + 1 threads on N cores, and its
  // wake-up per document pre-empted a worker: -j 2 ran at 1.6x -j 1 where two
  // separate processes ran at 1.9x.)
  std::vector<std::thread> pool;
  for (unsigned t = 0; t + 1 < threads; ++t) pool.emplace_back(work);
  for (size_t i = 0; i < n; ++i) {
    Result r;
    bool wake;
    {
      std::unique_lock<std::mutex> lk(mu);
      while (!slots[i].has_value()) {
        if (next < n && next < consumed + window) {
          const size_t k = next++;
          lk.unlock();
          Result own = produce(k);
          lk.lock();
          slots[k] = std::move(own);
          continue;
        }
        main_waits_for = i;
        cv_main.wait(lk, [&] { return slots[i].has_value(); });
        main_waits_for = kNone;
      }
      r = std::move(*slots[i]);
      slots[i].reset();
      ++consumed;
      wake = workers_waiting > 0;
    }
    if (wake) cv_work.notify_all();
    // (the progress line is cleared before a document's diagnostics, and
    // shown again after them)
    if (progress) write_stderr("\r\x1b[K");
    const std::string name = r.name;
    sink(r);
    if (progress) write_stderr(fmt::format("\r\x1b[K[{}/{}] {}", i + 1, n, name));
  }
  if (progress) write_stderr("\r\x1b[K");
  for (auto& t : pool) t.join();
}

void report_input_error(const Result& r) {
  write_stderr(fmt::format("{}: error: {} [{}]\n", r.name, r.error, r.error_code));
}

void print_diagnostics(const Result& r, const Common& c) {
  if (c.quiet || !r.doc) return;
  for (const auto& d : r.doc->diagnostics) write_stderr(undoc::diagnostic_line(r.name, d) + "\n");
}

// ---- parse -------------------------------------------------------------------------

struct ParseCmd {
  Common common;
  std::string output;
  std::string format = "json";
  std::string table = "paragraphs";
  bool table_given = false;  // --table on the command line
  bool bom = false;
  bool compact = false;
};

std::string extension(const std::string& format) {
  if (format == "jsonl") return ".jsonl";
  if (format == "csv") return ".csv";
  return ".json";
}

int run_parse(ParseCmd& p) {
  undoc::CsvTable table{};
  const bool tokens = p.table == "tokens";
  if (p.format == "csv" && !tokens && !undoc::parse_csv_table(p.table, &table)) {
    write_stderr(fmt::format("undoc: error: unknown --table {}: expected paragraphs, toc, footnotes, tables or diagnostics\n", p.table));
    return kUsage;
  }
  const size_t n = p.common.inputs.size();  // a directory counts its files
  const bool csv = p.format == "csv";
  // options that would be ignored are usage errors, not silence
  if (!csv && (p.table_given || p.bom)) {
    write_stderr(fmt::format("undoc: error: {} applies to --format csv only (the format is {})\n",
                             p.bom ? "--bom" : "--table", p.format));
    return kUsage;
  }
  if (!p.output.empty() && n > 1 && p.format == "json") {
    std::error_code ec;
    const fs::path out(p.output);
    const std::string ext = out.extension().string();
    if (!fs::is_directory(out, ec) && p.output.back() != '/' && (ext == ".json" || ext == ".jsonl" || ext == ".csv")) {
      write_stderr(fmt::format("undoc: error: {} inputs with -f json write one document each: give -o a directory "
                               "(-o {}/), or use -f jsonl or -f csv for one file\n",
                               n, out.parent_path().empty() ? std::string("out") : (out.parent_path() / out.stem()).string()));
      return kUsage;
    }
  }
  // JSON documents go one file each into a directory; JSON Lines and CSV
  // rows from many inputs can share one file.
  bool to_dir = false;
  if (!p.output.empty()) {
    std::error_code ec;
    to_dir = fs::is_directory(p.output, ec) || p.output.back() == '/' || (n > 1 && p.format == "json");
    if (to_dir) {
      fs::create_directories(p.output, ec);
      if (ec) {
        write_stderr(fmt::format("undoc: error: cannot create directory {}: {}\n", p.output, ec.message()));
        return kUsage;
      }
    }
  }
  const std::string header = !csv ? "" : tokens ? undoc::render_tokens_csv_header() : undoc::render_csv({}, table, true);
  const std::string bom = csv && p.bom ? "\xEF\xBB\xBF" : "";
  // -o DIR: every input's output file, and the earlier input that has the
  // same one (a/x.txt and b/x.txt: the first is kept), known before the run,
  // so that each worker writes its own files and -j scales
  // (a later input with the same output name is written by the sink, in
  // order, only if no earlier one was: an earlier input that failed keeps nothing)
  std::vector<std::string> out_path, out_key;
  std::vector<long> same_as;
  if (to_dir) {
    std::map<std::string, size_t> seen;
    for (size_t k = 0; k < n; ++k) {
      const fs::path out = fs::path(p.output) / (p.common.inputs[k].out_name + extension(p.format));
      auto [it, fresh] = seen.emplace(out.lexically_normal().string(), k);
      out_path.push_back(out.string());
      out_key.push_back(it->first);
      same_as.push_back(fresh ? -1 : static_cast<long>(it->second));
    }
  }
  std::map<std::string, std::string> held;  // -o DIR: output written -> the input it holds (in the sink)
  // A large document's JSON (or its JSON Lines, or token rows) is written as
  // a stream, never held whole: into its file by the worker (-o DIR), or to
  // the output by the sink, in order.
  const bool json = p.format == "json";
  constexpr std::size_t kStreamBytes = std::size_t{4} << 20;
  // one document's output file under -o DIR; "" or why not
  auto write_file = [&](const Document& d, size_t index) {
    const fs::path out(out_path[index]);
    // (the directory this thread made last is not asked for again: a
    // batch's files mostly share one)
    thread_local std::string made;
    if (std::string dir = out.parent_path().string(); dir != made) {
      std::error_code ec;
      fs::create_directories(dir, ec);
      if (!ec) made = std::move(dir);
    }
    AtomicFile f(out);
    f.write(bom + header);
    const bool large = output_size_hint(d) >= kStreamBytes;
    if (json && large) undoc::write_json(d, !p.compact, [&](std::string_view piece) { f.write(piece); });
    else if (json) f.write(undoc::render_json_view(d, !p.compact));
    else if (p.format == "jsonl") undoc::write_jsonl(d, [&](std::string_view piece) { f.write(piece); });
    else if (tokens) undoc::write_tokens_csv(d, index + 1, [&](std::string_view piece) { f.write(piece); });
    else f.write(undoc::render_csv({&d}, table, false));
    if (!f.commit()) return f.error();
    ++g_written;
    return std::string();
  };
  auto render = [&](Result& r) {
    const Document& d = *r.doc;
    if (to_dir) {
      if (same_as[r.index] < 0) r.write_error = write_file(d, r.index);
      r.written = same_as[r.index] < 0;
      if (r.written) keep_only_diagnostics(r);
      return;  // (a later input with an output name taken: the sink, in order)
    }
    // (the bound computed once, here: the sink reads the decision)
    r.streamed = (json || p.format == "jsonl" || (csv && tokens)) && output_size_hint(d) >= kStreamBytes;
    if (r.streamed) return;  // (streamed by the sink)
    if (p.format == "jsonl") r.rendered = undoc::render_jsonl(d);
    else if (csv && tokens) r.rendered = undoc::render_tokens_csv(d, r.index + 1);
    else if (csv) r.rendered = undoc::render_csv({&d}, table, false);
    else r.rendered = undoc::render_json(d, !p.compact);
    keep_only_diagnostics(r);
  };
  int status = kOk;
  bool started = false;
  std::optional<AtomicFile> single;  // -o FILE: written as the results come, renamed into place at the end
  long single_docs = 0;
  auto emit = [&](std::string_view data) {
    if (p.output.empty()) return write_stdout(data);
    if (!single) single.emplace(fs::path(p.output));
    single->write(data);
  };
  auto sink = [&](Result& r) {
    if (!r.error.empty()) {
      report_input_error(r);
      status = std::max(status, r.status);
      return;
    }
    print_diagnostics(r, p.common);
    if (p.common.strict) status = std::max(status, doc_status(*r.doc, true));
    if (to_dir) {
      // two inputs with one output name: the first that converts keeps it
      const std::string& key = out_key[r.index];
      if (!r.written) {
        if (auto it = held.find(key); it != held.end()) {
          write_stderr(fmt::format("{}: error: output {} is already written for {}; not overwritten [E-IO]\n",
                                   r.name, out_path[r.index], it->second));
          status = std::max(status, static_cast<int>(kUsage));
          return;
        }
        r.write_error = write_file(*r.doc, r.index);
      }
      if (!r.write_error.empty()) {
        write_stderr(fmt::format("{}: error: {} [E-IO]\n", r.name, r.write_error));
        status = std::max(status, static_cast<int>(kUsage));
        return;
      }
      held.emplace(key, r.name);
      return;
    }
    if (!started) emit(bom + header);  // one BOM and one header for the whole stream
    started = true;
    if (r.streamed && json) undoc::write_json(*r.doc, !p.compact, emit);
    else if (r.streamed && p.format == "jsonl") undoc::write_jsonl(*r.doc, emit);
    else if (r.streamed) undoc::write_tokens_csv(*r.doc, r.index + 1, emit);
    else emit(r.rendered);
    if (p.output.empty()) ++g_written;
    else ++single_docs;
  };
  run_all(p.common, render, sink);
  if (single && !single->commit()) {
    write_stderr(fmt::format("undoc: error: {} [E-IO]\n", single->error()));
    return kUsage;
  }
  g_written += single_docs;
  flush_stdout();
  return status;
}

// ---- validate ---------------------------------------------------------------------

struct ValidateCmd {
  Common common;
  std::string diagnostics_format = "text";
};

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// A path as a URI reference (RFC 3986): relative paths stay relative (to
// the SRCROOT base SARIF names), absolute ones become file:// URIs; every
// byte outside the unreserved set and "/" is percent-encoded (spaces, "#",
// "%", Chinese characters as UTF-8).
std::string path_uri(const std::string& path) {
  std::string out;
  if (!path.empty() && path[0] == '/') out = "file://";
  for (unsigned char c : path) {
    if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~' || c == '/') out.push_back(static_cast<char>(c));
    else out += fmt::format("%{:02X}", c);
  }
  return out;
}

// `bytes`: the file's size, for a diagnostic on the whole file, whose region
// is then the whole artifact as bytes (SARIF 3.30; the SARIF Multitool's
// SARIF2017 asks for a region on every result).
Json sarif_result(const std::string& file, const undoc::Diagnostic& d, std::size_t bytes) {
  Json location = {{"artifactLocation", {{"uri", path_uri(file)}}}};
  if (file.empty() || file[0] != '/') location["artifactLocation"]["uriBaseId"] = "SRCROOT";
  Json region;
  if (d.line > 0) {
    region["startLine"] = d.line;
    if (d.column > 0) region["startColumn"] = d.column;
  } else {
    region["byteOffset"] = 0;
    region["byteLength"] = bytes;
  }
  location["region"] = region;
  return {{"ruleId", d.code},
          {"level", d.severity == undoc::Severity::Error ? "error" : d.severity == undoc::Severity::Warning ? "warning" : "note"},
          {"message", {{"text", d.message}}},
          {"locations", Json::array({{{"physicalLocation", location}}})}};
}

// GitHub workflow commands: a property value escapes %, CR, LF, ":" and ",";
// the message %, CR and LF.
std::string github_escape(const std::string& s, bool property) {
  std::string out;
  for (char ch : s) {
    if (ch == '%') out += "%25";
    else if (ch == '\r') out += "%0D";
    else if (ch == '\n') out += "%0A";
    else if (property && ch == ':') out += "%3A";
    else if (property && ch == ',') out += "%2C";
    else out.push_back(ch);
  }
  return out;
}

std::string github_line(const std::string& file, const undoc::Diagnostic& d) {
  const char* level =
      d.severity == undoc::Severity::Error ? "error" : d.severity == undoc::Severity::Warning ? "warning" : "notice";
  std::string props = "file=" + github_escape(file, true);
  if (d.line > 0) props += fmt::format(",line={}", d.line);
  if (d.line > 0 && d.column > 0) props += fmt::format(",col={}", d.column);
  props += ",title=" + github_escape(d.code, true);
  return fmt::format("::{} {}::{}\n", level, props, github_escape(d.message, false));
}

int run_validate(ValidateCmd& v) {
  const std::string& fmtname = v.diagnostics_format;
  int status = kOk;
  Json sarif_results = Json::array();
  std::map<std::string, bool> rules;
  auto sink = [&](Result& r) {
    if (!r.error.empty()) {
      report_input_error(r);
      status = std::max(status, r.status);
      undoc::Diagnostic d{r.error_code, undoc::Severity::Error, 0, 0, r.error};
      if (fmtname == "json") write_stdout(undoc::diagnostic_json(r.name, d).dump() + "\n");
      if (fmtname == "github") write_stdout(github_line(r.name, d));
      if (fmtname == "sarif") {
        sarif_results.push_back(sarif_result(r.name, d, r.bytes));
        rules[d.code] = true;
      }
      return;
    }
    status = std::max(status, doc_status(*r.doc, v.common.strict));
    for (const auto& d : r.doc->diagnostics) {
      if (fmtname == "text") {
        if (!v.common.quiet) write_stderr(undoc::diagnostic_line(r.name, d) + "\n");
      } else if (fmtname == "json") {
        write_stdout(undoc::diagnostic_json(r.name, d).dump(-1, ' ', false, Json::error_handler_t::replace) + "\n");
      } else if (fmtname == "github") {
        write_stdout(github_line(r.name, d));
      } else if (fmtname == "sarif") {
        sarif_results.push_back(sarif_result(r.name, d, r.doc->source.bytes));
        rules[d.code] = true;
      }
    }
  };
  v.common.digest = false;
  run_all(v.common, keep_only_diagnostics, sink);
  if (fmtname == "sarif") {
    Json rule_list = Json::array();
    for (const auto& [code, _] : rules)
      rule_list.push_back(
          {{"id", code},
           {"shortDescription", {{"text", code}}},
           {"fullDescription", {{"text", fmt::format("undoc diagnostic {}: what triggers it, an example and the fix "
                                                     "are in docs/diagnostics.md", code)}}},
           {"helpUri", "https://undoc.invalid/docs/diagnostics.md#" + lower(code)},
           {"help", {{"text", "see docs/diagnostics.md#" + lower(code)}}}});
    Json run = {{"tool", {{"driver", {{"name", "undoc"},
                                      {"version", undoc::version()},
                                      {"informationUri", "https://undoc.invalid/"},
                                      {"rules", rule_list}}}}},
                // (relative paths are relative to where undoc ran: the base is
                // left for the consumer to set, as code scanning does, so
                // that the log is the same on every machine)
                {"originalUriBaseIds",
                 {{"SRCROOT", {{"description", {{"text", "the directory undoc was run in"}}}}}}},
                {"results", sarif_results}};
    Json log = {{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
                {"version", "2.1.0"},
                {"runs", Json::array({run})}};
    write_stdout(log.dump(2, ' ', false, Json::error_handler_t::replace) + "\n");
  }
  flush_stdout();
  return status;
}

// ---- outline ---------------------------------------------------------------------

struct OutlineCmd {
  Common common;
  std::string color = "auto";
};

// A document the sink writes as it is made (`write`), in order, where the
// worker would render it whole: one `when` says is large.
struct Streamed {
  std::function<bool(const Result&)> when;
  std::function<void(Result&)> write;
};

// Converts every input and writes what `render` made of it (or, for a
// document `streamed` takes, what it writes), with `before` (given whether
// this is the first document written) in front.
int run_streaming(const Common& c, const std::function<std::string(Result&)>& render,
                  const std::function<std::string(bool first)>& before, const Streamed* streamed = nullptr) {
  int status = kOk;
  bool first = true;
  run_all(c,
          [&](Result& r) {
            if (streamed && streamed->when(r)) return;
            r.rendered = render(r);
            keep_only_diagnostics(r);
          },
          [&](Result& r) {
            if (!r.error.empty()) {
              report_input_error(r);
              status = std::max(status, r.status);
              return;
            }
            print_diagnostics(r, c);
            // (written one after the other: joined, a document's output was copied once more)
            write_stdout(before(first));
            if (streamed && streamed->when(r)) streamed->write(r);
            else write_stdout(r.rendered);
            ++g_written;
            first = false;
            if (c.strict) status = std::max(status, doc_status(*r.doc, true));
          });
  flush_stdout();
  return status;
}

int run_outline(OutlineCmd& o) {
  // no-color.org: NO_COLOR set to a non-empty value turns colour off
  const char* no_color = std::getenv("NO_COLOR");
  const bool no_color_set = no_color && *no_color;
  bool color = o.color == "always" || (o.color == "auto" && ::isatty(STDOUT_FILENO) && !no_color_set);
  if (no_color_set && o.color != "always") color = false;
  o.common.quiet = true;  // the outline lists the diagnostics itself
  return run_streaming(o.common, [&](const Result& r) { return undoc::render_outline(*r.doc, color); },
                       [](bool first) { return first ? std::string() : std::string("\n"); });
}

// ---- text ------------------------------------------------------------------------

// The text undoc reads from each input (a PDF file's lines, as the "lines"
// of parse's output count them), one input after another.
int run_text(Common& c) {
  int status = kOk;
  undoc::Options opt;
  opt.decode.lenient = c.lenient;
  opt.decode.encoding = c.encoding;
  for (const auto& spec : c.inputs) {
    Input in;
    if (!spec.error.empty()) in.name = spec.path, in.error = spec.error;
    else in = read_input(spec.path, c.max_bytes);
    if (!in.error.empty()) {
      write_stderr(fmt::format("{}: error: {} [E-IO]\n", in.name, in.error));
      status = kUsage;
      continue;
    }
    try {
      write_stdout(undoc::read_text_owning(std::move(in.bytes), opt));
    } catch (const undoc::InputError& e) {
      write_stderr(fmt::format("{}: error: {} [{}]\n", in.name, e.what(), e.code));
      status = kUsage;
    }
  }
  flush_stdout();
  return status;
}

// ---- tokens ------------------------------------------------------------------------

struct TokensCmd {
  Common common;
  std::string format = "csv";
};

int run_tokens(TokensCmd& t) {
  const bool jsonl = t.format == "jsonl";
  const bool lines = t.common.raw_lines;
  // (CSV rows show no digest, only the JSON Lines document row does: SHA-256
  // of every input was 4% of `tokens --lines`)
  if (!jsonl) t.common.digest = false;
  // A large document's rows are written as they are made, by the sink, in
  // order (rows take 5 to 13 times their text's bytes); a smaller one's by the
  // worker, whole.
  constexpr std::size_t kStreamBytes = std::size_t{4} << 20;
  const Streamed streamed{[&](const Result& r) { return r.bytes >= kStreamBytes; },
                          [&](Result& r) {
                            const size_t doc = r.index + 1;
                            if (lines && jsonl) undoc::write_line_tokens_jsonl(*r.doc, r.text, doc, write_stdout);
                            else if (lines) undoc::write_line_tokens_csv(*r.doc, r.text, doc, write_stdout);
                            else if (jsonl) undoc::write_tokens_jsonl(*r.doc, doc, write_stdout);
                            else undoc::write_tokens_csv(*r.doc, doc, write_stdout);
                          }};
  return run_streaming(
      t.common,
      [&](Result& r) {
        const size_t doc = r.index + 1;
        if (!lines) return jsonl ? undoc::render_tokens_jsonl(*r.doc, doc) : undoc::render_tokens_csv(*r.doc, doc);
        std::string rows = jsonl ? undoc::render_line_tokens_jsonl(*r.doc, r.text, doc)
                                 : undoc::render_line_tokens_csv(*r.doc, r.text, doc);
        r.text = std::string();  // (not held until the sink writes the rows)
        return rows;
      },
      [&](bool first) { return first && !jsonl ? undoc::render_tokens_csv_header() : std::string(); }, &streamed);
}

}  // namespace

// Levenshtein distance, for "did you mean".
size_t edit_distance(const std::string& a, const std::string& b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diag = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      const size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diag = up;
    }
  }
  return row[b.size()];
}

// "did you mean parse?" for a mistyped subcommand (undoc pars x), "did you
// mean --format?" for a mistyped option (--formt): the nearest name, two
// edits away at most.
std::string near_miss(CLI::App& app, int argc, char** argv) {
  auto nearest = [](const std::string& typed, const std::vector<std::string>& names) {
    std::string best;
    size_t dist = 3;
    for (const auto& n : names)
      if (size_t d = edit_distance(typed, n); d < dist && d > 0) best = n, dist = d;
    return best;
  };
  std::vector<std::string> subs;
  for (const CLI::App* sc : app.get_subcommands([](CLI::App*) { return true; })) subs.push_back(sc->get_name());
  if (argc > 1 && argv[1][0] != '-' && std::find(subs.begin(), subs.end(), argv[1]) == subs.end()) {
    if (auto best = nearest(argv[1], subs); !best.empty())
      return fmt::format("no command {}: did you mean {}?", argv[1], best);
    return fmt::format("no command {}: the commands are parse, validate, outline, tokens and text", argv[1]);
  }
  CLI::App* sub = argc > 1 && argv[1][0] != '-' ? app.get_subcommand(argv[1]) : &app;
  std::vector<std::string> longs;
  for (const CLI::Option* o : sub->get_options())
    for (const auto& l : o->get_lnames()) longs.push_back("--" + l);
  for (int k = 1; k < argc; ++k) {
    std::string a = argv[k];
    if (a.rfind("--", 0) != 0) continue;
    a = a.substr(0, a.find('='));
    if (std::find(longs.begin(), longs.end(), a) != longs.end()) continue;
    if (auto best = nearest(a, longs); !best.empty()) return fmt::format("no option {}: did you mean {}?", a, best);
  }
  return {};
}

int main(int argc, char** argv) {
  std::signal(SIGPIPE, SIG_IGN);
  std::signal(SIGINT, on_interrupt);
  std::signal(SIGTERM, on_interrupt);
  CLI::App app{"undoc: turn the text of Chinese UN documents into structured data (schema undoc/1)"};
  // (a function: whether the PDF module loads is asked only for --version)
  app.set_version_flag("--version", [] {
    return std::string("undoc ") + undoc::version() +
           (undoc::pdf_supported() ? " (PDF input: poppler-cpp)" : " (no PDF input)");
  });
  app.require_subcommand(1);
  app.footer(
      "Examples:\n"
      "  undoc parse samples/a-61-hearings-migration-summary.txt | jq '.body'\n"
      "  cat doc.txt | undoc parse - --format jsonl\n"
      "  undoc parse -j 2 -o out/ docs/*.txt\n"
      "  undoc parse report.pdf -o report.json\n"
      "  undoc validate --strict docs/*.txt\n"
      "Exit codes: 0 success, 1 validation errors (warnings too with --strict), 2 usage or input errors.");

  ParseCmd parse;
  auto* pc = app.add_subcommand("parse", "parse documents into JSON, JSON Lines or CSV");
  add_common(pc, parse.common);
  pc->add_option("-o,--output", parse.output, "write to FILE, or one file per input into DIR (whole or not at all)");
  pc->add_option("-f,--format", parse.format, "json (default), jsonl (one paragraph per line) or csv")
      ->check(CLI::IsMember({"json", "jsonl", "csv"}));
  pc->add_option("--table", parse.table, "with --format csv: paragraphs, toc, footnotes, tables, diagnostics or tokens")
      ->check(CLI::IsMember({"paragraphs", "toc", "footnotes", "tables", "diagnostics", "tokens"}));
  pc->add_flag("--bom", parse.bom, "with --format csv: start with a UTF-8 BOM (for spreadsheet programs)");
  pc->add_flag("--compact", parse.compact, "JSON on one line");
  pc->add_flag("--analyze", parse.common.analyze,
               "add \"references\" (symbols, resolutions, decisions, dates, 《instruments》) and \"sentences\" to every paragraph and footnote");
  pc->add_flag("--tokens", parse.common.tokens,
               "add \"tokens\" to the nodes (paragraphs, headings, table cells), TOC entries, annexes, footnotes and closing lines (the front matter's fields: undoc tokens)");
  pc->add_option("--dict", parse.common.dicts, "add a term list for tokens (a term per line, or term<TAB>its words; repeatable)")
      ->allow_extra_args(false);
  pc->footer("Example: undoc parse report.txt -o report.json");

  ValidateCmd validate;
  auto* vc = app.add_subcommand("validate", "check document structure; exit 1 on errors");
  add_common(vc, validate.common);
  vc->add_option("--diagnostics-format", validate.diagnostics_format, "text (default, on stderr), json, sarif or github")
      ->check(CLI::IsMember({"text", "json", "sarif", "github"}));
  vc->footer("Example: undoc validate --diagnostics-format github docs/*.txt");

  OutlineCmd outline;
  auto* oc = app.add_subcommand("outline", "print the heading tree of a document for a person");
  add_common(oc, outline.common);
  oc->add_option("--color", outline.color, "auto (default: only on a terminal, never with NO_COLOR), always, never")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  oc->footer("Example: undoc outline report.txt");

  TokensCmd tokens;
  auto* tc = app.add_subcommand(
      "tokens", "words of every text of a document (UN terms and units kept whole), each with the text it indexes");
  add_common(tc, tokens.common);
  tc->add_option("-f,--format", tokens.format, "csv (default) or jsonl")->check(CLI::IsMember({"csv", "jsonl"}));
  tc->add_option("--dict", tokens.common.dicts, "add a term list (a term per line, or term<TAB>its words; repeatable)")
      ->allow_extra_args(false);
  tc->add_flag("--lines", tokens.common.raw_lines, "tokenise each input line as it stands, without parsing the document");
  tc->footer(
      "Rows: doc,ptr,line,sentence,offset,token,kind; ptr is the JSON pointer of the text in parse's output.\n"
      "Examples:\n"
      "  undoc tokens samples/a-61-hearings-migration-summary.txt | head\n"
      "  echo '联合国秘书长于2006 年 7 月 12 日提交第 60/227 号决议' | undoc tokens --lines -\n"
      "  undoc tokens --dict my-terms.txt -f jsonl report.pdf");

  Common text;
  auto* xc = app.add_subcommand("text", "print the text undoc reads from a file (a PDF's lines, as parse's \"lines\" count them)");
  xc->add_option("files", text.files, "input files, text or PDF; - or none reads standard input");
  xc->add_flag("--lenient", text.lenient, "replace undecodable bytes with U+FFFD instead of failing");
  xc->add_option("--encoding", text.encoding, "force the input encoding (UTF-8, UTF-16LE, UTF-16BE, GB18030)");
  xc->footer("Example: undoc text report.pdf | sed -n 40,60p");

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    // CLI11's own codes start at 100; ours say "usage error". The message
    // is undoc's, and a near miss gets a suggestion.
    // A near miss names what was typed and what was meant, in place of
    // CLI11's message ("A subcommand is required" for undoc pars x).
    auto hint = near_miss(app, argc, argv);
    write_stderr(fmt::format("undoc: error: {}\n", hint.empty() ? std::string(e.what()) : hint));
    write_stderr("Run with --help for more information.\n");
    return kUsage;
  }
  for (Common* c : {&parse.common, &validate.common, &outline.common, &tokens.common, &text})
    c->inputs = expand_inputs(c->files.empty() ? std::vector<std::string>{"-"} : c->files);
  parse.table_given = pc->get_option("--table")->count() > 0;
  for (const auto& path : pc->parsed() ? parse.common.dicts : tokens.common.dicts) {
    try {
      undoc::add_terms_file(path);
    } catch (const std::exception& e) {
      write_stderr(fmt::format("undoc: error: {} [E-DICT]\n", e.what()));
      return kUsage;
    }
  }
  if (pc->parsed()) return finish_stdout(run_parse(parse));
  if (xc->parsed()) return finish_stdout(run_text(text));
  if (vc->parsed()) return finish_stdout(run_validate(validate));
  if (oc->parsed()) return finish_stdout(run_outline(outline));
  if (tc->parsed()) return finish_stdout(run_tokens(tokens));
  return kUsage;
}
