#include "sources/PollExecutor.h"

#include "sources/HttpFetcher.h"
#include "sources/SecretProvider.h"
#include "sources/SourceProtocol.h"
#include "sources/SshCollect.h"
#include "sources/SshSourcePoller.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimer>

namespace opsdeck {

namespace {

Result<QByteArray> authorizationFor(const Source& source, const QString& secret)
{
    switch (source.auth) {
    case AuthKind::None:
        return QByteArray();
    case AuthKind::Bearer:
        return QByteArrayLiteral("Bearer ") + secret.toUtf8();
    case AuthKind::Basic: {
        QString pair = source.authUser.isEmpty() ? secret : source.authUser + QLatin1Char(':') + secret;
        if (!pair.contains(QLatin1Char(':')))
            return Error::usage(
                QCoreApplication::translate(
                    "PollExecutor",
                    "the keychain entry '%1' must hold user:password when the source names no "
                    "user")
                    .arg(source.secretName));
        return QByteArrayLiteral("Basic ") + pair.toUtf8().toBase64();
    }
    }
    return QByteArray();
}

} // namespace

PollExecutor::PollExecutor(SampleSink sink, SecretProvider* secrets, const Clock& clock,
                           const Options& options, QObject* parent)
    : QObject(parent), m_sink(std::move(sink)), m_secrets(secrets), m_clock(clock), m_options(options),
      m_fetcher(new HttpFetcher(this))
{}

void PollExecutor::poll(const Source& source, const PollTarget& target, Callback done)
{
    PollOutcome outcome;
    outcome.target = target;
    outcome.kind = source.kind;
    outcome.startedMs = m_clock.nowMs();

    auto failNow = [this, done](PollOutcome o, const QString& error) {
        o.ok = false;
        o.error = error;
        QTimer::singleShot(0, this, [done, o] { done(o); });
    };

    if (source.kind == SourceKind::Ssh) {
        pollOverSsh(source, outcome, std::move(done));
        return;
    }
    if (source.auth == AuthKind::None) {
        fetchWith(source, target, {}, outcome, std::move(done));
        return;
    }
    if (auto cached = m_secretCache.constFind(source.secretName); cached != m_secretCache.constEnd()) {
        auto header = authorizationFor(source, *cached);
        if (!header.ok())
            return failNow(outcome, header.error().message);
        fetchWith(source, target, *header, outcome, std::move(done));
        return;
    }
    if (!m_secrets)
        return failNow(outcome,
                       QCoreApplication::translate(
                           "PollExecutor", "source %1 needs the secret '%2' but no keychain is available")
                           .arg(source.id)
                           .arg(source.secretName));
    m_secrets->read(source.secretName,
                    [this, source, target, outcome, done, failNow](Result<QString> secret) {
                        if (!secret.ok())
                            return failNow(outcome, secret.error().message);
                        m_secretCache.insert(source.secretName, *secret);
                        auto header = authorizationFor(source, *secret);
                        if (!header.ok())
                            return failNow(outcome, header.error().message);
                        fetchWith(source, target, *header, outcome, done);
                    });
}

void PollExecutor::pollOverSsh(const Source& source, PollOutcome outcome, Callback done)
{
    if (!m_ssh) {
        outcome.error = QCoreApplication::translate("PollExecutor", "ssh sources cannot be polled here");
        QTimer::singleShot(0, this, [done, outcome] { done(outcome); });
        return;
    }
    QElapsedTimer elapsed;
    elapsed.start();
    m_ssh->run(outcome.target.machine, SshCollect::commandFor(source), source.timeoutSecs * 1000,
               [this, source, outcome, done, elapsed](Result<QByteArray> output) mutable {
                   outcome.durationMs = elapsed.elapsed();
                   if (!output.ok()) {
                       outcome.error = output.error().message;
                       return done(outcome);
                   }
                   ParseReport refused;
                   auto decoded = SshCollect::decode(source, *output, outcome.target.machine,
                                                     outcome.startedMs / 1000, &refused);
                   if (!decoded.ok()) {
                       outcome.malformed = refused.malformed;
                       outcome.parseErrors = refused.errors;
                       outcome.malformedLines = refused.recent;
                       outcome.parsed = refused.malformed > 0;
                       outcome.error =
                           QCoreApplication::translate("PollExecutor", "cannot read the output of %1: %2")
                               .arg(outcome.target.machine, decoded.error().message);
                       return done(outcome);
                   }
                   outcome.malformed = decoded->report.malformed;
                   outcome.parseErrors = decoded->report.errors;
                   outcome.malformedLines = decoded->report.recent;
                   outcome.parsed = true;
                   outcome.series = decoded->series;
                   outcome.mapped = decoded->mapped;
                   if (!decoded->samples.isEmpty() && m_sink) {
                       if (Status stored = m_sink(decoded->samples); !stored.ok()) {
                           outcome.error =
                               QCoreApplication::translate("PollExecutor", "read but not stored: %1")
                                   .arg(stored.error().message);
                           return done(outcome);
                       }
                   }
                   outcome.samples = int(decoded->samples.size());
                   outcome.ok = true;
                   done(outcome);
               });
}

void PollExecutor::fetchWith(const Source& source, const PollTarget& target, const QByteArray& authorization,
                             PollOutcome outcome, Callback done)
{
    auto url = SourceProtocol::requestUrl(source, target, outcome.startedMs / 1000);
    if (!url.ok()) {
        outcome.error = url.error().message;
        QTimer::singleShot(0, this, [done, outcome] { done(outcome); });
        return;
    }
    FetchRequest request;
    request.url = *url;
    request.timeoutMs = source.timeoutSecs * 1000;
    request.maxBytes = m_options.maxBytes;
    request.authorization = authorization;
    request.accept = SourceProtocol::acceptHeader(source.kind);
    // Agents are many (thousands of hosts): an idle kept-alive connection to each would
    // cost every wake-up of Qt's event loop a poll() over thousands of sockets, far more
    // than a new loopback or LAN connection per poll, so agent polls close theirs.
    // Backends are few: their connection is kept for the next poll.
    request.keepAliveSecs = source.isBackend() ? 2 * source.intervalSecs + 30 : -1;
    QElapsedTimer elapsed;
    elapsed.start();
    m_fetcher->fetch(request, [this, source, target, outcome, done, elapsed,
                               request](Result<FetchResponse> response) mutable {
        if (!response.ok()) {
            outcome.error = response.error().message;
            outcome.durationMs = elapsed.elapsed();
            done(outcome);
            return;
        }
        ParseReport refused;
        auto decoded =
            SourceProtocol::decode(source, target, response->body, outcome.startedMs / 1000, &refused);
        if (!decoded.ok()) {
            // The error names the malformed lines of a refused page; the outcome counts them.
            outcome.malformed = refused.malformed;
            outcome.parseErrors = refused.errors;
            outcome.malformedLines = refused.recent;
            outcome.parsed = refused.malformed > 0; // a page refused for its lines was read
            outcome.error = QCoreApplication::translate("PollExecutor", "cannot read the answer of %1: %2")
                                .arg(HttpFetcher::displayUrl(request.url), decoded.error().message);
            outcome.durationMs = elapsed.elapsed();
            done(outcome);
            return;
        }
        outcome.malformed = decoded->report.malformed;
        outcome.parseErrors = decoded->report.errors;
        outcome.malformedLines = decoded->report.recent;
        outcome.parsed = true;
        outcome.series = decoded->series;
        outcome.mapped = decoded->mapped;
        outcome.meta = decoded->meta;
        if (!decoded->samples.isEmpty()) {
            Status stored = m_sink ? m_sink(decoded->samples) : Status{};
            if (!stored.ok()) {
                outcome.error = QCoreApplication::translate("PollExecutor", "fetched but not stored: %1")
                                    .arg(stored.error().message);
                outcome.durationMs = elapsed.elapsed();
                done(outcome);
                return;
            }
        }
        outcome.samples = int(decoded->samples.size());
        outcome.ok = true;
        outcome.durationMs = elapsed.elapsed();
        done(outcome);
    });
}

} // namespace opsdeck
