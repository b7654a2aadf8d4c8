// Throughput of the whole pipeline (decode, lex, parse, validate, JSON) and
// of its stages, in bytes of input per second; and inputs that must stay
// linear. Build with -DUNDOC_BUILD_BENCH=ON, run build/bench/undoc_bench.
#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>

#include "undoc/undoc.hpp"

namespace {

std::string read_sample(const char* name) {
  std::ifstream f(std::string(UNDOC_SOURCE_DIR) + "/samples/" + name, std::ios::binary);
  std::ostringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

std::string repeat(const std::string& s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += s + "\n";
  return out;
}

void run_pipeline(benchmark::State& state, const std::string& input) {
  for (auto _ : state) {
    undoc::Document d = undoc::convert(input, "bench");
    std::string json = undoc::render_json(d);
    benchmark::DoNotOptimize(json);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(input.size()));
}

void BM_Sample(benchmark::State& state) { run_pipeline(state, read_sample("a-61-hearings-migration-summary.txt")); }
void BM_WrappedPdfText(benchmark::State& state) {
  run_pipeline(state, read_sample("a-62-87-humanitarian-report-pdftotext.txt"));
}
void BM_Gb18030(benchmark::State& state) { run_pipeline(state, read_sample("a-res-61-295-declaration-gb18030-crlf.txt")); }
// An archive-sized document: the sample 50 times (2 MB).
void BM_LargeDocument(benchmark::State& state) {
  run_pipeline(state, repeat(read_sample("a-61-hearings-migration-summary.txt"), 50));
}
// 10 MB on one line.
void BM_LongLine(benchmark::State& state) {
  std::string line;
  for (int i = 0; i < 3'300'000; ++i) line += "字";
  run_pipeline(state, line);
}
// 100 000 short lines separated by blank lines (table search must stay linear).
void BM_ShortLines(benchmark::State& state) {
  std::string s = "一、导言\n1. 段。\n";
  for (int i = 0; i < 100000; ++i) s += "甲乙丙" + std::to_string(i % 7) + "\n\n";
  run_pipeline(state, s);
}

void BM_DecodeOnly(benchmark::State& state) {
  std::string input = repeat(read_sample("a-61-hearings-migration-summary.txt"), 50);
  for (auto _ : state) benchmark::DoNotOptimize(undoc::decode(input));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(input.size()));
}
void BM_LexOnly(benchmark::State& state) {
  std::string input = repeat(read_sample("a-61-hearings-migration-summary.txt"), 50);
  auto text = undoc::decode(input).text;
  for (auto _ : state) benchmark::DoNotOptimize(undoc::lex(text));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(input.size()));
}

}  // namespace

BENCHMARK(BM_Sample)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_WrappedPdfText)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Gb18030)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LargeDocument)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LongLine)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ShortLines)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_DecodeOnly)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LexOnly)->Unit(benchmark::kMillisecond);
BENCHMARK_MAIN();
