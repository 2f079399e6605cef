// `opsdeck receive [--listen ADDR:PORT] [--source NAME]`: the Graphite plaintext receiver
// run headless. Stores what it receives into the database until SIGINT or SIGTERM, then
// flushes and prints its counts.

#include "cli/CommandRegistry.h"
#include "cli/Output.h"
#include "ingest/PlaintextReceiver.h"
#include "metrics/MetricStore.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QHostAddress>
#include <QJsonObject>
#include <QSocketNotifier>
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace opsdeck::cli {
namespace {

int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t n = ::write(g_signalPipe[1], &byte, 1);
}

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

int runReceive(CliContext& ctx)
{
    QCommandLineParser p;
    p.addHelpOption();
    p.addOption({QStringLiteral("listen"),
                 CliContext::tr("address and port for TCP and UDP (default 127.0.0.1:2003)"),
                 QStringLiteral("ADDR:PORT"), QStringLiteral("127.0.0.1:2003")});
    p.addOption({QStringLiteral("source"),
                 CliContext::tr("source name of the series (default graphite-push)"), QStringLiteral("NAME"),
                 QStringLiteral("graphite-push")});
    p.addOption({QStringLiteral("format"),
                 CliContext::tr("json, csv or table for the final counts (default text)"),
                 QStringLiteral("FORMAT")});
    if (const auto done = ctx.parse(p))
        return *done;
    if (p.positionalArguments().size() > 1)
        return ctx.usage(CliContext::tr("receive takes no arguments, only --listen ADDR:PORT"));
    const auto listen = parseListen(p.value(QStringLiteral("listen")));
    if (!listen.ok())
        return ctx.fail(listen.error());
    std::optional<OutputFormat> format;
    if (p.isSet(QStringLiteral("format"))) {
        auto f = parseOutputFormat(p.value(QStringLiteral("format")));
        if (!f.ok())
            return ctx.fail(f.error());
        format = *f;
    }
    auto db = ctx.database();
    if (!db.ok())
        return ctx.fail(db.error());

    MetricStore store(*db);
    PlaintextReceiver receiver([&store](const SampleBatch& batch) { return store.append(batch); });
    receiver.setSource(p.value(QStringLiteral("source")));

    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return ctx.fail(Error::failure(CliContext::tr("cannot set up signal handling")));
    struct sigaction sa = {};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    sigaction(SIGINT, &sa, nullptr);
    sigaction(SIGTERM, &sa, nullptr);

    const Status st = receiver.listen(listen->address, listen->port);
    if (!st.ok())
        return ctx.fail(st.error());
    const QString where =
        listen->address.protocol() == QAbstractSocket::IPv6Protocol
            ? QStringLiteral("[%1]:%2").arg(listen->address.toString()).arg(receiver.tcpPort())
            : QStringLiteral("%1:%2").arg(listen->address.toString()).arg(receiver.tcpPort());
    ctx.err << CliContext::tr("opsdeck receive: listening on %1 (TCP and UDP), storing into %2; "
                              "SIGINT or SIGTERM stops")
                   .arg(where, (*db)->path())
            << Qt::endl;

    QEventLoop loop;
    QSocketNotifier notifier(g_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &loop, &QEventLoop::quit);
    loop.exec();

    receiver.stop();
    const Status flushed = store.flush();
    const ReceiverCounts counts = receiver.counts();
    const IngestCounts stored = store.counts();
    const qint64 rejected = stored.rejectedNonFinite + stored.rejectedFuture + stored.rejectedInvalid +
                            stored.rejectedTypeMismatch + counts.refused;

    signal(SIGINT, SIG_DFL);
    signal(SIGTERM, SIG_DFL);
    ::close(g_signalPipe[0]);
    ::close(g_signalPipe[1]);

    for (const QString& e : receiver.recentErrors())
        ctx.err << CliContext::tr("malformed: %1").arg(e) << Qt::endl;
    const QJsonObject row{{QStringLiteral("stored"), stored.committed},
                          {QStringLiteral("malformed"), counts.malformed},
                          {QStringLiteral("too_long"), counts.tooLong},
                          {QStringLiteral("rejected"), rejected}};
    if (format) {
        printRecords(ctx.out, *format, QStringLiteral("receivers"),
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

} // namespace

OPSDECK_COMMAND("receive",
                QT_TRANSLATE_NOOP("commands",
                                  "receive Graphite plaintext on TCP and UDP (port 2003) into the cache"),
                runReceive);

} // namespace opsdeck::cli
