#include "sources/SshCollect.h"

#include "collector/LocalCollector.h"
#include "ingest/KuradoLines.h"

#include <QCoreApplication>
#include <QHash>

namespace opsdeck::SshCollect {

namespace {

const QByteArray kMarker = QByteArrayLiteral("@@opsdeck ");

// The files LocalCollector reads, by their path under /proc.
const char* const kProcFiles[] = {"meminfo",  "loadavg",   "uptime", "version", "stat",
                                  "net/snmp", "diskstats", "mounts", "net/dev"};

// "@@opsdeck proc stat" / "@@opsdeck df" sections of the output, by name.
QHash<QByteArray, QByteArray> sections(const QByteArray& output)
{
    QHash<QByteArray, QByteArray> out;
    QByteArray name;
    qsizetype begin = -1;
    qsizetype pos = 0;
    auto close = [&](qsizetype end) {
        if (begin >= 0 && !name.isEmpty())
            out.insert(name, output.mid(begin, end - begin));
    };
    while (pos < output.size()) {
        qsizetype eol = output.indexOf('\n', pos);
        if (eol < 0)
            eol = output.size();
        const QByteArrayView line(output.constData() + pos, eol - pos);
        if (line.startsWith(kMarker)) {
            close(pos);
            name = line.sliced(kMarker.size()).trimmed().toByteArray();
            begin = eol + 1;
        }
        pos = eol + 1;
    }
    close(output.size());
    return out;
}

// `df -Pk`: "Filesystem 1024-blocks Used Available Capacity Mounted-on", mount point last.
QHash<QByteArray, FsUsage> parseDf(QByteArrayView text)
{
    QHash<QByteArray, FsUsage> out;
    const QList<QByteArray> lines = text.toByteArray().split('\n');
    for (const QByteArray& line : lines) {
        const QList<QByteArray> f = line.simplified().split(' ');
        if (f.size() < 6)
            continue;
        bool usedOk = false;
        bool availOk = false;
        const qint64 used = f.at(2).toLongLong(&usedOk);
        const qint64 avail = f.at(3).toLongLong(&availOk);
        if (usedOk && availOk)
            out.insert(f.mid(5).join(' '), FsUsage{used, avail});
    }
    return out;
}

} // namespace

QString defaultCommand()
{
    QString files;
    for (const char* f : kProcFiles)
        files += QLatin1Char(' ') + QLatin1String(f);
    return QStringLiteral("for f in%1; do echo \"@@opsdeck proc $f\"; cat \"/proc/$f\" 2>/dev/null; done; "
                          "echo '@@opsdeck df'; df -Pk 2>/dev/null; true")
        .arg(files);
}

QString commandFor(const Source& source)
{
    return source.query.trimmed().isEmpty() ? defaultCommand() : source.query;
}

Result<SourceProtocol::Decoded> decodeProc(const QByteArray& output, const QString& machine, qint64 nowSecs)
{
    const QHash<QByteArray, QByteArray> parts = sections(output);
    const QHash<QByteArray, FsUsage> df = parseDf(parts.value(QByteArrayLiteral("df")));
    LocalCollector::Options options;
    options.machine = machine;
    options.source = QStringLiteral("ssh");
    options.procRoot = QStringLiteral("%1:/proc").arg(machine);
    options.devRoot =
        QStringLiteral("/nonexistent"); // the host's /dev/mapper is not read: dm-N keep their names
    options.readFile = [&parts, &machine](const char* rel, QByteArray& into) -> Status {
        const auto it = parts.constFind(QByteArray("proc ") + rel);
        if (it == parts.constEnd() || it->isEmpty())
            return Error::failure(QCoreApplication::translate("SshCollect", "%1 printed no /proc/%2")
                                      .arg(machine, QString::fromLatin1(rel)));
        into = *it;
        return {};
    };
    options.fsUsage = [&df](const QByteArray& mountPoint) -> Result<FsUsage> {
        const auto it = df.constFind(mountPoint);
        if (it == df.constEnd())
            return Error::failure(QCoreApplication::translate("SshCollect", "df printed nothing for %1")
                                      .arg(QString::fromUtf8(mountPoint)));
        return *it;
    };
    auto pass = LocalCollector(options).collectAt(nowSecs);
    if (!pass.ok())
        return pass.error();
    SourceProtocol::Decoded out;
    out.samples = pass->samples;
    out.series = int(out.samples.size());
    out.mapped = out.series;
    for (const CollectorFact& w : pass->warnings) {
        ++out.report.malformed;
        if (out.report.errors.size() < 5)
            out.report.errors << QStringLiteral("%1: %2").arg(w.key, w.value);
    }
    return out;
}

Result<SourceProtocol::Decoded> decodeKurado(const QByteArray& output, const QString& machine, qint64 nowSecs,
                                             ParseReport* refused)
{
    KuradoResult parsed = parseKuradoLines(output, machine, QStringLiteral("ssh"), nowSecs);
    if (parsed.samples.isEmpty() && parsed.report.malformed > 0) {
        if (refused)
            *refused = parsed.report;
        return Error::failure(
            QCoreApplication::translate("SshCollect", "no Kurado line could be read (%1 malformed): %2")
                .arg(parsed.report.malformed)
                .arg(parsed.report.errors.value(0)));
    }
    SourceProtocol::Decoded out;
    out.samples = std::move(parsed.samples);
    out.report = parsed.report;
    out.series = int(out.samples.size());
    out.mapped = out.series;
    return out;
}

Result<SourceProtocol::Decoded> decode(const Source& source, const QByteArray& output, const QString& machine,
                                       qint64 nowSecs, ParseReport* refused)
{
    if (source.query.trimmed().isEmpty())
        return decodeProc(output, machine, nowSecs);
    return decodeKurado(output, machine, nowSecs, refused);
}

} // namespace opsdeck::SshCollect
