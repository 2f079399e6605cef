#include "alerts/SmtpNotifier.h"

#include "alerts/AlertMessage.h"
#include "checks/CurlMulti.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QPointer>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>
#include <cstring>
#include <curl/curl.h>
#include <memory>
#include <mutex>

namespace opsdeck {

namespace {

struct Upload
{
    QByteArray data;
    qsizetype pos = 0;
};

size_t readMessage(char* buffer, size_t size, size_t count, void* user)
{
    auto* up = static_cast<Upload*>(user);
    const size_t n = std::min<size_t>(size * count, size_t(up->data.size() - up->pos));
    std::memcpy(buffer, up->data.constData() + up->pos, n);
    up->pos += qsizetype(n);
    return n;
}

Error curlError(CURLcode code, const char* detail, const SmtpSettings& s)
{
    const QString where = QStringLiteral("%1:%2").arg(s.server).arg(s.port);
    const QString said = QString::fromUtf8(detail).trimmed();
    switch (code) {
    case CURLE_LOGIN_DENIED:
        return Error::refused(
            QCoreApplication::translate("SmtpNotifier",
                                        "the SMTP server %1 refused the login of user '%2' (wrong password?)")
                .arg(where, s.user));
    case CURLE_USE_SSL_FAILED:
        return Error::refused(
            QCoreApplication::translate(
                "SmtpNotifier", "the SMTP server %1 does not offer STARTTLS; nothing was sent (the password "
                                "is never sent in clear)")
                .arg(where));
    case CURLE_COULDNT_CONNECT:
        return Error::failure(
            QCoreApplication::translate("SmtpNotifier", "could not connect to the SMTP server %1")
                .arg(where));
    case CURLE_COULDNT_RESOLVE_HOST:
        return Error::failure(
            QCoreApplication::translate("SmtpNotifier", "the SMTP server's host '%1' is not known")
                .arg(s.server));
    case CURLE_OPERATION_TIMEDOUT:
        return Error::failure(
            QCoreApplication::translate("SmtpNotifier", "the SMTP server %1 did not answer in time")
                .arg(where));
    case CURLE_PEER_FAILED_VERIFICATION:
        return Error::refused(
            QCoreApplication::translate("SmtpNotifier", "the SMTP server %1's certificate is not trusted: %2")
                .arg(where, said));
    default:
        break;
    }
    return Error::failure(
        QCoreApplication::translate("SmtpNotifier", "sending e-mail through %1 failed: %2")
            .arg(where, said.isEmpty() ? QString::fromUtf8(curl_easy_strerror(code)) : said));
}

// One message at a time, in order; deleted with the application (which waits for a send
// in progress, at most its timeout). Made and used on the notifiers' thread only.
QThreadPool* smtpPool()
{
    static QPointer<QThreadPool> pool;
    if (!pool) {
        pool = new QThreadPool(QCoreApplication::instance());
        pool->setMaxThreadCount(1);
    }
    return pool;
}

} // namespace

SmtpNotifier::SmtpNotifier(SmtpSettings settings, QString password, QObject* parent)
    : QObject(parent), m_settings(std::move(settings)), m_password(std::move(password))
{}

void SmtpNotifier::send(const AlertEvent& event)
{
    const QByteArray message = AlertMessage::email(event, m_settings, Clock::system().nowMs());
    auto* watcher = new QFutureWatcher<Status>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, event] {
        watcher->deleteLater();
        emit finished(event, watcher->future().result());
    });
    watcher->setFuture(QtConcurrent::run(
        smtpPool(), [s = m_settings, p = m_password, message] { return sendBlocking(s, p, message); }));
}

Status SmtpNotifier::sendBlocking(const SmtpSettings& s, const QString& password, const QByteArray& message,
                                  int timeoutSecs)
{
    return perform(s, password, &message, timeoutSecs);
}

Status SmtpNotifier::checkLogin(const SmtpSettings& s, const QString& password, int timeoutSecs)
{
    return perform(s, password, nullptr, timeoutSecs);
}

Status SmtpNotifier::perform(const SmtpSettings& s, const QString& password, const QByteArray* message,
                             int timeoutSecs)
{
    curlGlobalInit();
    if (s.server.isEmpty() || (message && !s.configured()))
        return Error::usage(QCoreApplication::translate(
            "SmtpNotifier",
            "e-mail is not set up: opsdeck alert config --smtp-server H --smtp-from A --smtp-to A"));
    std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> curl(curl_easy_init(), &curl_easy_cleanup);
    if (!curl)
        return Error::failure(QCoreApplication::translate("SmtpNotifier", "libcurl could not start"));
    CURL* c = curl.get();
    const bool implicitTls = s.port == 465;
    const QByteArray url = QStringLiteral("%1://%2:%3")
                               .arg(implicitTls ? QStringLiteral("smtps") : QStringLiteral("smtp"), s.server)
                               .arg(s.port)
                               .toUtf8();
    const QByteArray user = s.user.toUtf8(), pass = password.toUtf8(), from = "<" + s.from.toUtf8() + ">";
    const QByteArray caFile = s.caFile.toUtf8();
    curl_slist* rcpt = nullptr;
    for (const QString& to : s.to)
        rcpt = curl_slist_append(rcpt, ("<" + to.trimmed().toUtf8() + ">").constData());
    std::unique_ptr<curl_slist, decltype(&curl_slist_free_all)> rcptGuard(rcpt, &curl_slist_free_all);
    Upload upload{message ? *message : QByteArray()};
    char detail[CURL_ERROR_SIZE] = {};
    curl_easy_setopt(c, CURLOPT_URL, url.constData());
    curl_easy_setopt(c, CURLOPT_USE_SSL,
                     long(s.requireStartTls || implicitTls ? CURLUSESSL_ALL : CURLUSESSL_TRY));
    if (!caFile.isEmpty())
        curl_easy_setopt(c, CURLOPT_CAINFO, caFile.constData());
    if (!user.isEmpty()) {
        curl_easy_setopt(c, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(c, CURLOPT_PASSWORD, pass.constData());
    }
    if (message) {
        curl_easy_setopt(c, CURLOPT_MAIL_FROM, from.constData());
        curl_easy_setopt(c, CURLOPT_MAIL_RCPT, rcpt);
        curl_easy_setopt(c, CURLOPT_READFUNCTION, &readMessage);
        curl_easy_setopt(c, CURLOPT_READDATA, &upload);
        curl_easy_setopt(c, CURLOPT_UPLOAD, 1L);
        curl_easy_setopt(c, CURLOPT_INFILESIZE_LARGE, curl_off_t(message->size()));
    } else {
        // Greeting, EHLO, STARTTLS and AUTH only: what checks a password without sending mail.
        curl_easy_setopt(c, CURLOPT_CONNECT_ONLY, 1L);
    }
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, detail);
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, 10L);
    curl_easy_setopt(c, CURLOPT_TIMEOUT, long(timeoutSecs));
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    const CURLcode code = curl_easy_perform(c);
    if (code != CURLE_OK)
        return curlError(code, detail, s);
    return {};
}

} // namespace opsdeck
