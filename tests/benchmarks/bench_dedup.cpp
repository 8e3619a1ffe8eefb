// Deduplication throughput (issue 7, section 4), run by hand on a Release build:
//
//   cmake --build build-release --target bench_dedup
//   build-release/tests/bench_dedup [--minhash 100000,1000000] [--python 20000]
//                                   [--cosine 100000] [--dim 384]   (0 skips a part)
//
// 1. MinHash signatures + LSH over N generated documents of about 1 KB (words from a 30,000
//    word vocabulary; every tenth a near-duplicate of the one before it at a 1 % edit rate),
//    the stage's defaults (auto units = words, 5-word shingles, 128 permutations, threshold
//    0.8: 16 bands × 8 rows). Documents are generated in chunks of 50,000 (not timed);
//    signatures are computed with QtConcurrent on all cores while the previous chunk is
//    inserted into the streaming LSH index (MinHashLsh::insertOrFindDuplicate) on the main
//    thread. Reports docs/s (wall), the signature rate of one core (thread CPU time), the
//    index's memory and the process's peak RSS. Goal: ≥ 25,000 docs/s per core, 1M in < 60 s.
// 2. The same algorithm in Python/numpy (tests/benchmarks/minhash_reference.py, Debian's
//    python3-numpy) on the first documents: both single-threaded CPU time, signatures checked
//    to be bit-identical, ratio reported.
// 3. Exact cosine dedup (CosineDedup::pairsAbove) over N random unit vectors of dimension
//    384 (1 % planted near-duplicates): GFLOP/s reached (2·dim flops per pair) against the
//    peak of a tight FMA loop measured in the same run, per core and on all cores.

#include "models/quality/cosinededup.h"
#include "models/quality/minhashlsh.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QFuture>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <sys/resource.h>

using namespace Seedbed::Quality;

namespace {

constexpr int chunkSize = 50000;

double threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

double processCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

double loadAverage()
{
    double load[1] = {0};
    return getloadavg(load, 1) == 1 ? load[0] : -1;
}

double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
}

class Corpus
{
public:
    Corpus()
    {
        QRandomGenerator random(2026);
        for (int i = 0; i < 30000; ++i) {
            const int length = 3 + int(random.bounded(7));
            QString word;
            for (int k = 0; k < length; ++k)
                word += QChar(u'a' + random.bounded(26));
            m_words.append(word);
        }
    }

    /* Document i: 145 words (about 1 KB); every tenth a near-duplicate of the one before. */
    QString document(qint64 i) const
    {
        if (i % 10 == 9) {
            QRandomGenerator random(quint32(i * 2654435761u));
            QStringList words = base(i - 1);
            for (QString &w : words) {
                if (random.bounded(100) == 0) // 1 % of the words replaced
                    w = m_words.at(random.bounded(m_words.size()));
            }
            return words.join(QLatin1Char(' '));
        }
        return base(i).join(QLatin1Char(' '));
    }

private:
    QStringList base(qint64 i) const
    {
        QRandomGenerator random(quint32(i) ^ 0x9e3779b9u);
        QStringList words;
        words.reserve(145);
        for (int k = 0; k < 145; ++k)
            words.append(m_words.at(random.bounded(m_words.size())));
        return words;
    }

    QStringList m_words;
};

QStringList documents(const Corpus &corpus, qint64 first, qint64 count)
{
    QList<qint64> indexes(count);
    for (qint64 k = 0; k < count; ++k)
        indexes[k] = first + k;
    return QtConcurrent::blockingMapped<QStringList>(
        indexes, [&corpus](qint64 i) { return corpus.document(i); });
}

void benchMinHash(const Corpus &corpus, qint64 total)
{
    MinHashLsh lsh;
    lsh.reserve(total);
    const int threads = QThreadPool::globalInstance()->maxThreadCount();

    // One core's signature rate, on the first chunk.
    const QStringList sample = documents(corpus, 0, std::min<qint64>(total, 20000));
    double cpu = threadCpuSeconds();
    for (const QString &text : sample)
        (void)lsh.signature(text);
    const double perCore = double(sample.size()) / (threadCpuSeconds() - cpu);

    // The pipeline: sign chunk k + 1 on the pool while chunk k goes into the index here.
    double generating = 0, signingWait = 0, indexing = 0;
    qint64 duplicates = 0;
    QElapsedTimer wall, step;
    const double cpuStart = processCpuSeconds();
    wall.start();
    const auto sign = [&lsh](const QStringList &texts) {
        return QtConcurrent::mapped(texts,
                                    [&lsh](const QString &text) { return lsh.signature(text); });
    };
    step.start();
    QStringList texts = documents(corpus, 0, std::min<qint64>(chunkSize, total));
    generating += double(step.nsecsElapsed()) / 1e9;
    QFuture<MinHashLsh::Signature> pending = sign(texts);
    for (qint64 first = 0; first < total; first += chunkSize) {
        step.restart();
        pending.waitForFinished();
        const QList<MinHashLsh::Signature> sigs = pending.results();
        signingWait += double(step.nsecsElapsed()) / 1e9;
        const qint64 next = first + chunkSize;
        QStringList nextTexts;
        if (next < total) {
            step.restart();
            nextTexts = documents(corpus, next, std::min<qint64>(chunkSize, total - next));
            generating += double(step.nsecsElapsed()) / 1e9;
            pending = sign(nextTexts);
        }
        step.restart();
        for (qsizetype k = 0; k < sigs.size(); ++k)
            duplicates += lsh.insertOrFindDuplicate(first + k, sigs[k]).has_value();
        indexing += double(step.nsecsElapsed()) / 1e9;
        texts = std::move(nextTexts);
    }
    const double seconds = double(wall.nsecsElapsed()) / 1e9 - generating;
    const double cpuSeconds = processCpuSeconds() - cpuStart;
    std::printf("minhash %lld docs: %.1f s (generation excluded), %.0f docs/s on %d threads; "
                "one core signs %.0f docs/s; index inserts %.0f docs/s (%.1f s, main thread), "
                "waited for signatures %.1f s; CPU %.1f s incl. generation; %lld duplicates "
                "(%lld planted); index %.1f MB (%.0f bytes/doc); peak RSS %.0f MB; load %.1f\n",
                qlonglong(total), seconds, double(total) / seconds, threads, perCore,
                double(total) / indexing, indexing, signingWait, cpuSeconds, qlonglong(duplicates),
                qlonglong(total / 10), double(lsh.memoryBytes()) / 1e6,
                double(lsh.memoryBytes()) / double(total), peakRssMb(), loadAverage());
    std::fflush(stdout);
}

QString pythonInterpreter()
{
    // Debian's interpreter, where python3-numpy installs; not a virtual environment's.
    return QFileInfo::exists(QStringLiteral("/usr/bin/python3"))
               ? QStringLiteral("/usr/bin/python3")
               : QStringLiteral("python3");
}

void benchPython(const Corpus &corpus, qint64 count)
{
    const QStringList texts = documents(corpus, 0, count);
    QTemporaryDir dir;
    const QString docsPath = dir.filePath(QStringLiteral("docs.txt"));
    const QString sigsPath = dir.filePath(QStringLiteral("sigs.bin"));
    {
        QFile file(docsPath);
        if (!file.open(QIODevice::WriteOnly)) {
            std::printf("python: cannot write %s\n", qPrintable(docsPath));
            return;
        }
        for (const QString &text : texts) {
            file.write(text.toUtf8());
            file.write("\n");
        }
    }

    // C++, one thread: signatures, then the streaming index.
    MinHashLsh lsh;
    const double start = threadCpuSeconds();
    QList<MinHashLsh::Signature> sigs;
    sigs.reserve(texts.size());
    for (const QString &text : texts)
        sigs.append(lsh.signature(text));
    const double signedAt = threadCpuSeconds();
    qint64 duplicates = 0;
    for (qsizetype i = 0; i < sigs.size(); ++i)
        duplicates += lsh.insertOrFindDuplicate(i, sigs[i]).has_value();
    const double cppSign = signedAt - start, cppIndex = threadCpuSeconds() - signedAt;

    const QString script =
        QFileInfo(QStringLiteral(__FILE__)).dir().filePath(QStringLiteral("minhash_reference.py"));
    QProcess python;
    python.start(pythonInterpreter(), {script, docsPath, QStringLiteral("--signatures"), sigsPath,
                                       QStringLiteral("--threshold"), QStringLiteral("0.8")});
    if (!python.waitForFinished(-1) || python.exitCode() != 0) {
        std::printf("python reference failed: %s\n", python.readAllStandardError().constData());
        return;
    }
    const QJsonObject report = QJsonDocument::fromJson(python.readAllStandardOutput()).object();
    QFile sigFile(sigsPath);
    if (!sigFile.open(QIODevice::ReadOnly))
        return;
    const QByteArray bytes = sigFile.readAll();
    qint64 mismatches = 0;
    const qsizetype p = lsh.permutations();
    if (bytes.size() != texts.size() * p * 4) {
        mismatches = -1;
    } else {
        for (qsizetype i = 0; i < texts.size(); ++i) {
            for (qsizetype k = 0; k < p; ++k) {
                const uchar *v =
                    reinterpret_cast<const uchar *>(bytes.constData()) + (i * p + k) * 4;
                const quint32 value =
                    quint32(v[0]) | quint32(v[1]) << 8 | quint32(v[2]) << 16 | quint32(v[3]) << 24;
                mismatches += value != sigs[i][k];
            }
        }
    }
    const double pySign = report.value(QStringLiteral("signature_seconds")).toDouble();
    const double pyIndex = report.value(QStringLiteral("lsh_seconds")).toDouble();
    std::printf("python/numpy %s reference, %lld docs, one thread each (CPU s): signatures C++ "
                "%.2f s vs numpy %.2f s (ratio %.1f); LSH C++ %.3f s vs Python %.2f s (ratio "
                "%.0f); total ratio %.1f; bands %d×%d both: %s; signatures %s; duplicates C++ "
                "%lld, Python %d\n",
                qPrintable(report.value(QStringLiteral("numpy")).toString()), qlonglong(count),
                cppSign, pySign, pySign / cppSign, cppIndex, pyIndex, pyIndex / cppIndex,
                (pySign + pyIndex) / (cppSign + cppIndex), lsh.bands(), lsh.rows(),
                report.value(QStringLiteral("bands")).toInt() == lsh.bands() ? "yes" : "NO",
                mismatches == 0 ? "bit-identical"
                                : qPrintable(QStringLiteral("DIFFER (%1)").arg(mismatches)),
                qlonglong(duplicates), report.value(QStringLiteral("duplicates")).toInt());
    std::fflush(stdout);
}

std::vector<float> unitVectors(int n, int dim)
{
    QRandomGenerator random(384);
    std::vector<float> v(size_t(n) * size_t(dim));
    const auto gaussian = [&random] {
        const double u = 1 - random.generateDouble(), w = random.generateDouble();
        return float(std::sqrt(-2 * std::log(u)) * std::cos(2 * M_PI * w));
    };
    for (int i = 0; i < n; ++i) {
        float *row = v.data() + size_t(i) * size_t(dim);
        if (i % 100 == 99) { // planted: a noisy copy of the row before (cosine ≈ 0.98)
            const float *previous = row - dim;
            for (int k = 0; k < dim; ++k)
                row[k] = previous[k] + 0.2f * gaussian() / std::sqrt(float(dim));
        } else {
            for (int k = 0; k < dim; ++k)
                row[k] = gaussian();
        }
        CosineDedup::normalize(row, 1, dim);
    }
    return v;
}

void benchCosine(int n, int dim)
{
    const std::vector<float> v = unitVectors(n, dim);
    const int threads = QThreadPool::globalInstance()->maxThreadCount();
    const double peak = CosineDedup::measurePeakGflops(1000);

    // One core on a part.
    const int part = std::min(n, 20000);
    double cpu = threadCpuSeconds();
    const auto partPairs = CosineDedup::pairsAbove(v.data(), part, dim, 0.9f, false);
    const double partSeconds = threadCpuSeconds() - cpu;
    const double partGflops = double(part) * (part - 1) / 2 * dim * 2 / partSeconds / 1e9;

    QElapsedTimer timer;
    timer.start();
    const double cpuStart = processCpuSeconds();
    const auto pairs = CosineDedup::pairsAbove(v.data(), n, dim, 0.9f, true);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const double cpuSeconds = processCpuSeconds() - cpuStart;
    const double gflops = double(n) * (n - 1) / 2 * dim * 2 / seconds / 1e9;
    const double gflopsPerCpu = double(n) * (n - 1) / 2 * dim * 2 / cpuSeconds / 1e9;
    const double peakAfter = CosineDedup::measurePeakGflops(1000);
    std::printf("cosine %d × %d (SIMD kernel: %s): peak FMA loop %.1f GFLOP/s per core (%.1f "
                "after); one core %d rows: %.2f s, %.1f GFLOP/s = %.0f %% of peak (%zu pairs); "
                "%d threads, %d rows: %.2f s wall, %.1f GFLOP/s = %.0f %% of %d × peak (per "
                "CPU second: %.1f GFLOP/s = %.0f %% of peak); %zu pairs ≥ 0.9 (%d planted); peak "
                "RSS %.0f MB\n",
                n, dim, CosineDedup::usesSimdKernel() ? "AVX2+FMA" : "portable", peak, peakAfter,
                part, partSeconds, partGflops, 100 * partGflops / peak, partPairs.size(), threads,
                n, seconds, gflops, 100 * gflops / (peak * threads), threads, gflopsPerCpu,
                100 * gflopsPerCpu / peak, pairs.size(), n / 100, peakRssMb());
    std::fflush(stdout);
}

QList<qint64> numbers(const QString &list)
{
    QList<qint64> result;
    for (const QString &part : list.split(QLatin1Char(','), Qt::SkipEmptyParts))
        result.append(part.toLongLong());
    return result;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QList<qint64> minhash = {100000, 1000000};
    qint64 python = 20000;
    int cosine = 100000, dim = 384;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--minhash"))
            minhash = numbers(args[i + 1]);
        else if (args[i] == QLatin1String("--python"))
            python = args[i + 1].toLongLong();
        else if (args[i] == QLatin1String("--cosine"))
            cosine = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--dim"))
            dim = args[i + 1].toInt();
    }
    const Corpus corpus;
    if (python > 0)
        benchPython(corpus, python);
    for (const qint64 n : minhash) {
        if (n > 0)
            benchMinHash(corpus, n);
    }
    if (cosine > 0)
        benchCosine(cosine, dim);
    return 0;
}
