#pragma once

// The replay driver shared by every fuzz target (fuzzreplay.cpp). A target
// is one .cpp file that defines LLVMFuzzerTestOneInput() for libFuzzer and
// the two functions below for the driver; built as <target>_replay with
// fuzzreplay.cpp, it runs as
//
//   <target>_replay CORPUS_DIR [MUTATIONS] [SECONDS]
//
// over the seeds in CORPUS_DIR and then over MUTATIONS deterministic
// mutations of them (stopping after SECONDS), so CI exercises the target on
// every build without clang. A failure reproduces with the same command.

#include <QByteArray>
#include <QList>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

// Aborts, so both libFuzzer and ctest report the broken invariant.
#define FUZZ_CHECK(condition)                                                                      \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            std::fprintf(stderr, "%s:%d: invariant failed: %s\n", __FILE__, __LINE__, #condition); \
            std::abort();                                                                          \
        }                                                                                          \
    } while (false)

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

// Bytes the mutator writes and inserts: those that change how the target
// reads its input (delimiters, quotes, braces, encoding lead bytes…).
QByteArray fuzzInterestingBytes();

// Whole tokens the mutator inserts as they are ("{{#", "-->"): what a
// template parser needs to see and random bytes rarely spell. May be empty;
// a target without tokens gets exactly the mutations it had before tokens
// existed.
QList<QByteArray> fuzzInterestingTokens();
