// The main() of every *_replay fuzz target (see fuzzreplay.h): replays the
// corpus and a bounded, deterministic set of mutations of it, calling the
// target's LLVMFuzzerTestOneInput() as libFuzzer would.

#include "fuzzreplay.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QString>

#include <algorithm>
#include <random>
#include <utility>

namespace {

constexpr qsizetype MaxMutantSize = 8192;

QByteArray mutate(QByteArray data, const QList<QByteArray> &corpus, const QByteArray &interestingBytes,
                  const QList<QByteArray> &tokens, std::mt19937 &random)
{
    auto below = [&random](qsizetype bound) { return bound <= 0 ? 0 : qsizetype(random() % quint64(bound)); };
    auto interesting = [&] { return interestingBytes.at(below(interestingBytes.size())); };
    // Without tokens, the same draws as before tokens existed, so a target's
    // mutations (and a failure's reproduction) do not change.
    const qsizetype kinds = tokens.isEmpty() ? 8 : 10;
    const int steps = 1 + int(below(4));
    for (int step = 0; step < steps; ++step) {
        switch (below(kinds)) {
        case 0: // flip a bit
            if (!data.isEmpty())
                data[below(data.size())] ^= char(1 << below(8));
            break;
        case 1: // overwrite with an interesting byte
            if (!data.isEmpty())
                data[below(data.size())] = interesting();
            break;
        case 2: // insert interesting bytes
            data.insert(below(data.size() + 1), QByteArray(1 + below(3), interesting()));
            break;
        case 3: // delete a range
            if (!data.isEmpty()) {
                const qsizetype at = below(data.size());
                data.remove(at, 1 + below(std::min<qsizetype>(16, data.size() - at)));
            }
            break;
        case 4: // duplicate a range
            if (!data.isEmpty()) {
                const qsizetype at = below(data.size());
                const QByteArray chunk = data.mid(at, 1 + below(64));
                data.insert(below(data.size() + 1), chunk);
            }
            break;
        case 5: { // splice with another entry
            const QByteArray &other = corpus.at(below(corpus.size()));
            data = data.left(below(data.size() + 1)) + other.mid(below(other.size() + 1));
            break;
        }
        case 6: // a long run, to cross size and count limits
            data.insert(below(data.size() + 1), QByteArray(40 + below(60), interesting()));
            break;
        case 7: // swap two bytes
            if (data.size() > 1)
                std::swap(data[below(data.size())], data[below(data.size())]);
            break;
        case 8: // insert a token
            data.insert(below(data.size() + 1), tokens.at(below(tokens.size())));
            break;
        case 9: // replace a range with a token
            if (!data.isEmpty()) {
                const qsizetype at = below(data.size());
                data.replace(at, 1 + below(std::min<qsizetype>(16, data.size() - at)), tokens.at(below(tokens.size())));
            }
            break;
        }
    }
    if (data.size() > MaxMutantSize)
        data.truncate(MaxMutantSize);
    return data;
}

} // namespace

// <target>_replay CORPUS_DIR [MUTATIONS] [SECONDS]
int main(int argc, char **argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s CORPUS_DIR [MUTATIONS] [SECONDS]\n", argv[0]);
        return 2;
    }
    const QDir dir(QString::fromLocal8Bit(argv[1]));
    const long mutations = argc > 2 ? std::strtol(argv[2], nullptr, 10) : 20000;
    const long seconds = argc > 3 ? std::strtol(argv[3], nullptr, 10) : 10;

    const QByteArray interestingBytes = fuzzInterestingBytes();
    const QList<QByteArray> tokens = fuzzInterestingTokens();
    if (interestingBytes.isEmpty()) {
        std::fprintf(stderr, "the target names no interesting bytes\n");
        return 2;
    }

    QList<QByteArray> corpus;
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read %s\n", qPrintable(file.fileName()));
            return 1;
        }
        corpus.append(file.readAll());
    }
    if (corpus.isEmpty()) {
        std::fprintf(stderr, "no corpus files in %s\n", argv[1]);
        return 1;
    }

    QElapsedTimer timer;
    timer.start();
    qint64 slowest = 0;   // ns, the longest a single input took
    // To pull out the input that broke an invariant (for libFuzzer or a
    // test): BACKROOM_FUZZ_LAST_INPUT=file writes each input there first.
    const QString lastInput = qEnvironmentVariable("BACKROOM_FUZZ_LAST_INPUT");
    auto run = [&](const QByteArray &input) {
        if (!lastInput.isEmpty()) {
            QFile file(lastInput);
            if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
                file.write(input);
        }
        const qint64 start = timer.nsecsElapsed();
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(input.constData()), size_t(input.size()));
        slowest = std::max(slowest, timer.nsecsElapsed() - start);
    };
    for (const QByteArray &entry : corpus)
        run(entry);

    // A fixed seed: a failure here reproduces with the same command.
    std::mt19937 random(20240611u);
    long done = 0;
    QByteArray current;
    for (; done < mutations; ++done) {
        if (timer.elapsed() > seconds * 1000)
            break;
        // Mostly mutate a fresh seed, sometimes keep mutating the last mutant.
        if (current.isEmpty() || random() % 4 != 0)
            current = corpus.at(qsizetype(random() % quint64(corpus.size())));
        current = mutate(current, corpus, interestingBytes, tokens, random);
        run(current);
    }
    std::printf("%lld corpus files and %ld mutations, no invariant broken, in %lld ms (slowest input %.1f ms)\n",
                qlonglong(corpus.size()), done, qlonglong(timer.elapsed()), double(slowest) / 1e6);
    return 0;
}
