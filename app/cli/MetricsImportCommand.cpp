// `opsdeck metrics import --machine NAME [--format kurado|graphite] FILE|- [--output F]`:
// Kurado agent lines (`kurado_agent --dump`, any plugin's output, an optional leading IP
// column) or Graphite plaintext, stored as the machine's series with their types (source
// `kurado-import` or `graphite-import`); Kurado meta and warnings go into the machine's
// meta through the collector's writer. Malformed lines are skipped, each named on stderr
// ("FILE: line N: what: the line"), and make the exit code 1; the rest is stored.
// JSON: {"imports": [{"machine", "format", "file", "stored", "rejected", "malformed", "meta"}]}

#include "cli/VerbTable.h"
#include "collector/MachineMetaWriter.h"
#include "ingest/ByteScan.h"
#include "ingest/GraphitePlaintext.h"
#include "ingest/KuradoLines.h"
#include "inventory/InventoryReader.h"
#include "metrics/MetricStore.h"
#include "util/Clock.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace opsdeck::cli {
namespace {

const QString kKurado = QStringLiteral("kurado");
const QString kGraphite = QStringLiteral("graphite");

struct Input
{
    QString name; // the file as the user named it, or <stdin>
    QByteArray bytes;
};

Result<Input> readInput(const QString& path)
{
    QFile file;
    Input in{path, {}};
    if (path == QLatin1String("-")) {
        if (!file.open(stdin, QIODevice::ReadOnly))
            return Error::failure(CliContext::tr("cannot read standard input"));
        in.name = QStringLiteral("<stdin>");
    } else {
        if (!QFileInfo::exists(path))
            return Error::notFound(CliContext::tr("%1: no such file").arg(path));
        file.setFileName(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error::failure(CliContext::tr("%1: cannot read it (%2)").arg(path, file.errorString()));
    }
    in.bytes = file.readAll();
    return in;
}

struct Parsed
{
    SampleBatch samples;
    QList<CollectorFact> meta;
    ParseReport report;
};

Parsed parse(const QString& format, const QByteArray& text, const QString& machine, qint64 now)
{
    Parsed out;
    if (format == kGraphite) {
        PlaintextResult r = parseGraphitePlaintext(text, now, QStringLiteral("graphite-import"));
        for (IncomingSample& s : r.samples)
            s.key.machine = machine; // a pushed path names no machine; --machine does
        out.samples = std::move(r.samples);
        out.report = std::move(r.report);
        return out;
    }
    // The machine is --machine's, whatever a leading IP column says.
    KuradoResult r = parseKuradoLines(text, machine, QStringLiteral("kurado-import"), now);
    for (const auto& [key, value] : std::as_const(r.meta))
        out.meta.append({key, value});
    out.samples = std::move(r.samples);
    out.report = std::move(r.report);
    return out;
}

// A line as stderr quotes it: control characters but tabs shown as '?', at most 200 bytes.
QString quoted(QByteArrayView line)
{
    QByteArray b = line.first(std::min<qsizetype>(line.size(), 200)).toByteArray();
    for (char& c : b)
        if ((static_cast<unsigned char>(c) < 0x20 && c != '\t') || c == 0x7f)
            c = '?';
    return QString::fromUtf8(b) + (line.size() > 200 ? QStringLiteral("...") : QString());
}

void printMalformed(CliContext& ctx, const Input& in, const ParseReport& r)
{
    QHash<int, QString> lines;
    for (int n : r.errorLines)
        lines.insert(n, QString());
    ingest::forEachLine(in.bytes, [&](int n, QByteArrayView line) {
        if (auto it = lines.find(n); it != lines.end())
            *it = quoted(line);
    });
    for (qsizetype i = 0; i < r.errors.size(); ++i)
        ctx.err << in.name << ": " << r.errors.at(i) << ": " << lines.value(r.errorLines.value(i)) << '\n';
    if (r.malformed > r.errors.size())
        ctx.err << CliContext::tr("%1: %2 more malformed lines not shown")
                       .arg(in.name)
                       .arg(r.malformed - r.errors.size())
                << '\n';
    ctx.err.flush();
}

// The meta through the collector's writer. It drops collector keys a write does not
// name (a device gone from a full pass); an import may be one plugin's few keys, so the
// machine's other collector keys are written along unchanged.
Status storeMeta(Database& db, const QString& machine, const QList<MachineMetaEntry>& existing,
                 const QList<CollectorFact>& meta, qint64 now)
{
    if (meta.isEmpty())
        return {};
    QList<CollectorFact> all = meta;
    QSet<QString> named;
    for (const CollectorFact& f : meta)
        named.insert(f.key);
    for (const MachineMetaEntry& e : existing)
        if (e.source == QLatin1String("collector") && !named.contains(e.key))
            all.append({e.key, e.value});
    auto written = MachineMetaWriter(db).write(machine, all, now);
    if (!written.ok())
        return written.error();
    return {};
}

int import(CliContext& ctx, const QCommandLineParser& p, const QStringList& rest)
{
    if (rest.size() != 1)
        return ctx.usage(CliContext::tr("metrics import takes one FILE (or - for standard input)"));
    if (!p.isSet(QStringLiteral("machine")))
        return ctx.usage(CliContext::tr("metrics import needs --machine NAME"));
    const QString machine = p.value(QStringLiteral("machine"));
    const QString format = p.isSet(QStringLiteral("format")) ? p.value(QStringLiteral("format")).toLower()
                                                             : kKurado; // checked by the verb table
    const OutputFormat output =
        parseOutputFormat(p.value(QStringLiteral("output")), OutputFormat::Text).valueOr(OutputFormat::Text);

    auto in = readInput(rest.at(0));
    if (!in.ok())
        return ctx.fail(in.error());
    auto db = ctx.database();
    if (!db.ok())
        return ctx.fail(db.error());
    auto metricsDb = ctx.metricsDatabase();
    if (!metricsDb.ok())
        return ctx.fail(metricsDb.error());
    // An unknown machine is exit 4 before anything is written.
    auto existingMeta = InventoryReader(*db).machineMeta(machine);
    if (!existingMeta.ok())
        return ctx.fail(existingMeta.error());

    const qint64 now = Clock::system().nowSecs();
    const Parsed parsed = parse(format, in->bytes, machine, now);
    printMalformed(ctx, *in, parsed.report);

    MetricStore store(*metricsDb, Clock::system());
    store.setMaintenanceIntervalMs(0);
    if (Status st = store.append(parsed.samples); !st.ok())
        return ctx.fail(st.error());
    if (Status st = store.flush(); !st.ok())
        return ctx.fail(st.error());
    if (Status st = storeMeta(**db, machine, *existingMeta, parsed.meta, now); !st.ok())
        return ctx.fail(st.error());

    const IngestCounts counts = store.counts();
    const qint64 rejected = counts.rejectedNonFinite + counts.rejectedFuture + counts.rejectedInvalid +
                            counts.rejectedTypeMismatch;
    const QJsonObject row{
        {QStringLiteral("machine"), machine},        {QStringLiteral("format"), format},
        {QStringLiteral("file"), in->name},          {QStringLiteral("stored"), counts.committed},
        {QStringLiteral("rejected"), rejected},      {QStringLiteral("malformed"), parsed.report.malformed},
        {QStringLiteral("meta"), parsed.meta.size()}};
    if (output == OutputFormat::Text)
        ctx.out << CliContext::tr("%1: stored %2 samples and %3 meta entries for %4; %5 malformed lines, "
                                  "%6 samples rejected")
                       .arg(in->name)
                       .arg(counts.committed)
                       .arg(parsed.meta.size())
                       .arg(machine)
                       .arg(parsed.report.malformed)
                       .arg(rejected)
                << Qt::endl;
    else
        printRecords(ctx.out, output, QStringLiteral("imports"),
                     {QStringLiteral("machine"), QStringLiteral("format"), QStringLiteral("file"),
                      QStringLiteral("stored"), QStringLiteral("rejected"), QStringLiteral("malformed"),
                      QStringLiteral("meta")},
                     QJsonArray{row});
    if (parsed.report.malformed > 0 || rejected > 0)
        return ctx.fail(Error::failure(CliContext::tr("%1: %2 malformed lines and %3 rejected samples not "
                                                      "stored; the rest is")
                                           .arg(in->name)
                                           .arg(parsed.report.malformed)
                                           .arg(rejected)));
    return 0;
}

int runImport(CliContext& ctx)
{
    const QStringList options{QStringLiteral("machine"), QStringLiteral("format"), QStringLiteral("output")};
    return VerbTable(QStringLiteral("metrics import"),
                     CliContext::tr("Stores Kurado agent lines or Graphite plaintext as a machine's series."))
        .option({options.at(0), CliContext::tr("the machine the lines are from (must exist)"),
                 QStringLiteral("NAME")})
        .option({options.at(1),
                 CliContext::tr("the file's format: kurado (default; kurado_agent --dump, a plugin's "
                                "output) or graphite (plaintext)"),
                 QStringLiteral("IN"), check::oneOf({kKurado, kGraphite})})
        .option({options.at(2),
                 CliContext::tr("how the summary is printed: text (default), json, csv, table"),
                 QStringLiteral("F"), check::format()})
        .verb({QString(), QStringLiteral("--machine NAME [--format kurado|graphite] FILE|- [--output F]"),
               options, import})
        .run(ctx);
}

} // namespace

OPSDECK_COMMAND("metrics import",
                QT_TRANSLATE_NOOP("commands",
                                  "store Kurado agent lines or Graphite plaintext from a file or stdin"),
                runImport);

} // namespace opsdeck::cli
