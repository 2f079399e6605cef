// `opsdeck receive [--listen ADDR:PORT] [--source NAME] [--report-commits] [--whitelist FILE]
// [--blacklist FILE]`: the Graphite plaintext receiver run headless. Stores what it receives
// into the database until SIGINT or SIGTERM, then flushes and prints its counts.

#include "cli/StopSignal.h"
#include "cli/VerbTable.h"
#include "engine/Engine.h"
#include "ingest/PathAdmission.h"
#include "ingest/PlaintextReceiver.h"
#include "metrics/MetricStore.h"

#include <QHostAddress>
#include <QJsonObject>

namespace opsdeck::cli {
namespace {

struct ListenAddress
{
    QHostAddress address;
    quint16 port = PlaintextReceiver::kDefaultPort;
};

// "127.0.0.1:2003", "[::1]:2003", ":2003" (loopback), "0.0.0.0" (port 2003).
Result<ListenAddress> parseListen(const QString& text)
{
    ListenAddress out;
    QString host = text;
    QString port;
    if (text.startsWith(QLatin1Char('['))) {
        const qsizetype close = text.indexOf(QLatin1Char(']'));
        if (close < 0)
            return Error::usage(CliContext::tr("--listen: missing ']' in '%1'").arg(text));
        host = text.mid(1, close - 1);
        const QString rest = text.mid(close + 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(QLatin1Char(':')))
                return Error::usage(CliContext::tr("--listen: expected ADDR:PORT, got '%1'").arg(text));
            port = rest.mid(1);
        }
    } else if (text.count(QLatin1Char(':')) == 1) {
        host = text.section(QLatin1Char(':'), 0, 0);
        port = text.section(QLatin1Char(':'), 1);
    }
    if (host.isEmpty())
        host = QStringLiteral("127.0.0.1");
    if (host == QLatin1String("localhost"))
        host = QStringLiteral("127.0.0.1");
    if (!out.address.setAddress(host))
        return Error::usage(CliContext::tr("--listen: '%1' is not an IP address").arg(host));
    if (!port.isEmpty()) {
        bool ok = false;
        const uint p = port.toUInt(&ok);
        if (!ok || p > 65535)
            return Error::usage(CliContext::tr("--listen: '%1' is not a port").arg(port));
        out.port = quint16(p);
    }
    return out;
}

// --listen when given (checked by the verb table before the database opens), else the
// address and port the window saved (Engine's receiver settings), else 127.0.0.1:2003.
Result<ListenAddress> listenAddress(const QCommandLineParser& p, const std::shared_ptr<Database>& db)
{
    if (p.isSet(QStringLiteral("listen")))
        return parseListen(p.value(QStringLiteral("listen")));
    auto saved = Engine::readReceiverSettings(db);
    if (!saved.ok())
        return saved.error();
    return ListenAddress{saved->address, saved->port};
}

int receive(CliContext& ctx, const QCommandLineParser& p, const QStringList& rest)
{
    if (!rest.isEmpty())
        return ctx.usage(CliContext::tr("receive takes no arguments, only --listen ADDR:PORT"));
    const OutputFormat format = formatOf(p, OutputFormat::Text);
    const QString source = p.isSet(QStringLiteral("source")) ? p.value(QStringLiteral("source"))
                                                             : QStringLiteral("graphite-push");
    // carbon's whitelist.conf / blacklist.conf (checked by the verb table, read again here).
    const auto admission =
        PathAdmission::fromFiles(p.value(QStringLiteral("whitelist")), p.value(QStringLiteral("blacklist")));
    if (!admission.ok())
        return ctx.fail(admission.error());
    auto db = ctx.database();
    if (!db.ok())
        return ctx.fail(db.error());
    auto metricsDb = ctx.metricsDatabase();
    if (!metricsDb.ok())
        return ctx.fail(metricsDb.error());
    const auto listenAt = listenAddress(p, *db);
    if (!listenAt.ok())
        return ctx.fail(listenAt.error());
    const ListenAddress& listen = *listenAt;

    MetricStore store(*metricsDb);
    PlaintextReceiver receiver(
        admission->wrap([&store](const SampleBatch& batch) { return store.append(batch); }));
    receiver.setSource(source);
    // Older than the coarsest archive keeps: the store would drop it, so it is rejected here
    // (the longest of the default retention and the retention rules).
    receiver.setMaxAge(store.longestRetentionSecs());
    if (p.isSet(QStringLiteral("report-commits"))) {
        // samplesAppended comes after the COMMIT returned; queued to this thread when the
        // store's thread committed, so only this thread writes to stderr. The total read
        // here is at least what that commit made durable.
        QObject::connect(&store, &MetricStore::samplesAppended, &store,
                         [&ctx, &store] { ctx.err << "committed " << store.counts().committed << Qt::endl; });
    }

    // Installed before the "listening" line, so a signal sent as soon as it shows is not lost.
    StopSignal stop;
    if (Status st = stop.status(); !st.ok())
        return ctx.fail(st.error());
    const Status st = receiver.listen(listen.address, listen.port);
    if (!st.ok())
        return ctx.fail(st.error());
    const QString where =
        listen.address.protocol() == QAbstractSocket::IPv6Protocol
            ? QStringLiteral("[%1]:%2").arg(listen.address.toString()).arg(receiver.tcpPort())
            : QStringLiteral("%1:%2").arg(listen.address.toString()).arg(receiver.tcpPort());
    ctx.err << CliContext::tr("opsdeck receive: listening on %1 (TCP and UDP), storing into %2; "
                              "SIGINT or SIGTERM stops")
                   .arg(where, (*metricsDb)->path())
            << Qt::endl;

    stop.wait();

    receiver.stop();
    const Status flushed = store.flush();
    const ReceiverCounts counts = receiver.counts();
    const IngestCounts stored = store.counts();
    const PathAdmission::Counts refusedPaths = admission->counts();
    const qint64 rejected = stored.rejectedNonFinite + stored.rejectedFuture + stored.rejectedInvalid +
                            stored.rejectedTypeMismatch + counts.refused + counts.tooOld +
                            refusedPaths.total();
    if (refusedPaths.total() > 0)
        ctx.err << CliContext::tr("rejected: %1 sample(s) not in the whitelist, %2 in the blacklist")
                       .arg(refusedPaths.notWhitelisted)
                       .arg(refusedPaths.blacklisted)
                << Qt::endl;

    for (const QString& e : receiver.recentErrors())
        ctx.err << CliContext::tr("malformed: %1").arg(e) << Qt::endl;
    for (const QString& r : receiver.recentRejections())
        ctx.err << CliContext::tr("rejected: %1").arg(r) << Qt::endl;
    const QJsonObject row{{QStringLiteral("stored"), stored.committed},
                          {QStringLiteral("malformed"), counts.malformed},
                          {QStringLiteral("too_long"), counts.tooLong},
                          {QStringLiteral("rejected"), rejected}};
    if (format != OutputFormat::Text) {
        printRecords(ctx.out, format, QStringLiteral("receivers"),
                     {QStringLiteral("stored"), QStringLiteral("malformed"), QStringLiteral("too_long"),
                      QStringLiteral("rejected")},
                     QJsonArray{row});
    } else {
        ctx.out << "stored: " << stored.committed << "\n"
                << "malformed: " << counts.malformed << "\n"
                << "too_long: " << counts.tooLong << "\n"
                << "rejected: " << rejected << Qt::endl;
    }
    if (!flushed.ok())
        return ctx.fail(flushed.error());
    if (const auto sinkError = receiver.lastSinkError())
        return ctx.fail(*sinkError);
    return 0;
}

Status checkListen(const QString&, const QString& value)
{
    if (auto l = parseListen(value); !l.ok())
        return l.error();
    return {};
}

Status checkList(const QString&, const QString& value)
{
    if (auto l = PathAdmission::readList(value); !l.ok())
        return l.error();
    return {};
}

int runReceive(CliContext& ctx)
{
    return VerbTable(QStringLiteral("receive"))
        .option({QStringLiteral("listen"),
                 CliContext::tr("address and port for TCP and UDP (default: the address the "
                                "window saved, else 127.0.0.1:2003)"),
                 QStringLiteral("ADDR:PORT"), checkListen})
        .option({QStringLiteral("report-commits"),
                 CliContext::tr("print \"committed N\" on stderr after each commit (N: samples "
                                "committed so far)")})
        .option({QStringLiteral("source"),
                 CliContext::tr("source name of the series (default graphite-push)"), QStringLiteral("NAME")})
        .option({QStringLiteral("whitelist"),
                 CliContext::tr("keep only paths matching a regex of this file (carbon's whitelist.conf)"),
                 QStringLiteral("FILE"), checkList})
        .option({QStringLiteral("blacklist"),
                 CliContext::tr("drop paths matching a regex of this file (carbon's blacklist.conf)"),
                 QStringLiteral("FILE"), checkList})
        .option(formatOption(CliContext::tr("json, csv, table or text for the final counts (default text)")))
        .verb({QString(),
               QStringLiteral("[--listen ADDR:PORT] [--source NAME] [--report-commits] [--whitelist FILE] "
                              "[--blacklist FILE] [--format F]"),
               {QStringLiteral("listen"), QStringLiteral("source"), QStringLiteral("report-commits"),
                QStringLiteral("whitelist"), QStringLiteral("blacklist"), QStringLiteral("format")},
               receive})
        .run(ctx);
}

} // namespace

OPSDECK_COMMAND("receive",
                QT_TRANSLATE_NOOP("commands",
                                  "receive Graphite plaintext on TCP and UDP (port 2003) into the cache"),
                runReceive);

} // namespace opsdeck::cli
