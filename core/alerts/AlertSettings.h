#pragma once

#include "checks/CheckTypes.h"
#include "util/Result.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace opsdeck {

// Quiet hours in local time, e.g. 22:00-07:00 (crossing midnight) or 12:00-13:00. During
// them only critical alerts are delivered, unless `criticalPasses` is off (then nothing).
struct QuietHours
{
    bool enabled = false;
    int startMinute = 22 * 60; // minutes after local midnight, 0..1439
    int endMinute = 7 * 60;    // exclusive; equal to start means the whole day
    bool criticalPasses = true;

    // "22:00-07:00"; Error::usage otherwise. "off" (or "") gives disabled quiet hours.
    static Result<QuietHours> parse(const QString& text);
    QString toString() const; // "22:00-07:00", or "off"
    // Is `minuteOfDay` (0..1439) inside the quiet hours?
    bool contains(int minuteOfDay) const;
};

// Where e-mail goes. The password is never here: the keychain holds it (secretName()).
struct SmtpSettings
{
    QString server;
    int port = 587;
    QString user; // empty: no AUTH
    QString from;
    QStringList to;
    bool requireStartTls = true; // refuse a server that does not offer STARTTLS (port 465: TLS at once)
    QString caFile;              // a CA bundle to trust instead of the system's (a private CA)

    bool configured() const { return !server.isEmpty() && !from.isEmpty() && !to.isEmpty(); }
    // The keychain entry of the password: "smtp:USER@SERVER:PORT".
    QString secretName() const;
};

// What `opsdeck alert config` sets and the dispatcher follows, kept in the `settings`
// table of the cache (migration 0001) under keys "alerts.*". Never a password, never the
// webhook URL (a Slack/Mattermost incoming-webhook URL is a bearer secret): the keychain
// holds it (webhookSecretName()); the table says only whether one is set and its origin.
struct AlertSettings
{
    bool webhook = false; // a webhook URL is in the keychain
    QString webhookHost;  // its scheme://host:port, for display; never the path or query
    SmtpSettings smtp;    // smtp.server empty: no e-mail
    Importance threshold = Importance::Warning;
    QuietHours quiet;
    bool desktop = true; // freedesktop notifications where there is no tray

    // Error::usage naming the bad setting (a port, an address).
    Status validate() const;
    // The keychain entry of the webhook URL: "alert:webhook".
    static QString webhookSecretName() { return QStringLiteral("alert:webhook"); }
    // "scheme://host:port" of an http(s) URL with a host; Error::usage otherwise (the
    // message never repeats the URL: it is a secret).
    static Result<QString> webhookOrigin(const QString& url);
    QJsonObject toJson() const;

    static Result<AlertSettings> load(QSqlDatabase& db);
    Status save(QSqlDatabase& db) const; // in the caller's transaction when there is one
};

} // namespace opsdeck
