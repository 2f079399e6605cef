// `opsdeck alert config | notify-test | set-smtp-password`: where notifications go
// (core/alerts), a test notification through each channel, and the SMTP password in the
// keychain. `alert list` is AlertCommand.cpp's. The webhook URL is a bearer secret: it lives
// in the keychain (AlertSettings::webhookSecretName()), the settings table only says that
// one is set and its scheme://host:port.

#include "sources/BlockingKeychain.h"
#include "alerts/AlertMessage.h"
#include "alerts/AlertSettings.h"
#include "alerts/DesktopNotifier.h"
#include "alerts/SmtpNotifier.h"
#include "alerts/WebhookNotifier.h"
#include "cli/CliCredentials.h"
#include "cli/VerbTable.h"
#include "util/Clock.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QUrl>

namespace opsdeck::cli {
namespace {

const QString kOff = QStringLiteral("off");

bool onOff(const QString& v)
{
    return v.trimmed().toLower() == QLatin1String("on");
}

ValueCheck quietCheck()
{
    return [](const QString& option, const QString& value) -> Status {
        if (auto q = QuietHours::parse(value); !q.ok())
            return Error::usage(QStringLiteral("--%1: %2").arg(option, q.error().message));
        return {};
    };
}

// The options given on the command line, applied to `s`; true when one was given.
bool applyOptions(const QCommandLineParser& p, AlertSettings& s)
{
    bool changed = false;
    const auto given = [&](const char* name, const std::function<void(const QString&)>& set) {
        const QString key = QString::fromLatin1(name);
        if (p.isSet(key)) {
            set(p.value(key).trimmed());
            changed = true;
        }
    };
    given("smtp-server", [&](const QString& v) { s.smtp.server = v == kOff ? QString() : v; });
    given("smtp-port", [&](const QString& v) { s.smtp.port = v.toInt(); });
    given("smtp-user", [&](const QString& v) { s.smtp.user = v; });
    given("smtp-from", [&](const QString& v) { s.smtp.from = v; });
    given("smtp-to", [&](const QString& v) {
        s.smtp.to.clear();
        for (const QString& a : v.split(QLatin1Char(','), Qt::SkipEmptyParts))
            s.smtp.to << a.trimmed();
    });
    given("smtp-ca-file", [&](const QString& v) { s.smtp.caFile = v == kOff ? QString() : v; });
    given("smtp-starttls", [&](const QString& v) { s.smtp.requireStartTls = onOff(v); });
    given("threshold", [&](const QString& v) { s.threshold = *importanceFromName(v.toLower()); });
    given("quiet", [&](const QString& v) {
        const bool passes = s.quiet.criticalPasses;
        s.quiet = *QuietHours::parse(v);
        s.quiet.criticalPasses = passes;
    });
    given("quiet-critical", [&](const QString& v) { s.quiet.criticalPasses = onOff(v); });
    given("desktop", [&](const QString& v) { s.desktop = onOff(v); });
    return changed;
}

// A --webhook URL|off or --webhook-stdin: the new URL, empty for off.
struct WebhookChange
{
    bool given = false;
    QString url;
};

Result<WebhookChange> readWebhookChange(const QCommandLineParser& p)
{
    WebhookChange c;
    const bool fromStdin = p.isSet(QStringLiteral("webhook-stdin"));
    c.given = fromStdin || p.isSet(QStringLiteral("webhook"));
    if (!c.given)
        return c;
    if (fromStdin && p.isSet(QStringLiteral("webhook")))
        return Error::usage(CliContext::tr("give --webhook or --webhook-stdin, not both"));
    if (fromStdin) {
        auto line = CliCredentials::readStdinLine(QStringLiteral("--webhook-stdin"));
        if (!line.ok())
            return line.error();
        c.url = line->trimmed();
        if (c.url.isEmpty())
            return Error::usage(
                CliContext::tr("--webhook-stdin: no URL on stdin (to remove the webhook: --webhook off)"));
    } else {
        c.url = p.value(QStringLiteral("webhook")).trimmed();
        if (c.url == kOff)
            c.url.clear();
    }
    return c;
}

// The URL into the keychain (or out of it), then `save`; should `save` fail, the keychain
// is put back as it was. Nothing is written when there is no keychain.
Status storeWebhook(const WebhookChange& c, const std::function<Status()>& save)
{
    if (!BlockingKeychain::isAvailable())
        return Error::failure(CliContext::tr(
            "no D-Bus session bus, so no keychain to keep the webhook URL in; nothing was changed"));
    const QString entry = AlertSettings::webhookSecretName();
    const auto unchanged = [](const Error& e) {
        return Error{e.code, CliContext::tr("%1; nothing was changed").arg(e.message)};
    };
    auto previous = BlockingKeychain::read(entry);
    if (!previous.ok() && previous.error().code != Error::Code::NotFound)
        return unchanged(previous.error());
    if (Status st = c.url.isEmpty() ? BlockingKeychain::remove(entry) : BlockingKeychain::write(entry, c.url);
        !st.ok())
        return unchanged(st.error());
    Status saved = save();
    if (!saved.ok()) {
        const Status restored =
            previous.ok() ? BlockingKeychain::write(entry, *previous) : BlockingKeychain::remove(entry);
        if (!restored.ok())
            return Error{saved.error().code, CliContext::tr("%1; and the keychain could not be put back: %2")
                                                 .arg(saved.error().message, restored.error().message)};
    }
    return saved;
}

void printSettings(QTextStream& out, OutputFormat format, const AlertSettings& s)
{
    QJsonObject o = s.toJson();
    o.insert(QStringLiteral("smtp_password_entry"),
             s.smtp.server.isEmpty() ? QString() : s.smtp.secretName());
    if (format == OutputFormat::Json) {
        out << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return;
    }
    for (const QString& group : {QStringLiteral("webhook"), QStringLiteral("smtp")}) {
        const QJsonObject inner = o.take(group).toObject();
        for (auto it = inner.begin(); it != inner.end(); ++it)
            o.insert(group + QLatin1Char('_') + it.key(), it.value());
    }
    for (auto it = o.begin(); it != o.end(); ++it)
        out << it.key() << ": " << displayValue(it.value()) << '\n';
}

int runConfig(CliContext& ctx, const QCommandLineParser& p, const QStringList& args)
{
    if (!args.isEmpty())
        return ctx.usage(CliContext::tr("unexpected argument '%1'").arg(args.first()));
    auto db = ctx.database();
    if (!db.ok())
        return ctx.fail(db.error());
    QSqlDatabase c = (*db)->connection();
    auto settings = AlertSettings::load(c);
    if (!settings.ok())
        return ctx.fail(settings.error());
    const bool webhookGiven = p.isSet(QStringLiteral("webhook")) || p.isSet(QStringLiteral("webhook-stdin"));
    if (applyOptions(p, *settings) || webhookGiven) {
        if (Status st = ctx.require(Capability::Administer, CliContext::tr("change the alert settings"));
            !st.ok())
            return ctx.fail(st.error());
        auto webhook = readWebhookChange(p);
        if (!webhook.ok())
            return ctx.fail(webhook.error());
        if (webhook->given) {
            auto origin = webhook->url.isEmpty() ? Result<QString>(QString())
                                                 : AlertSettings::webhookOrigin(webhook->url);
            if (!origin.ok())
                return ctx.fail(origin.error());
            settings->webhook = !webhook->url.isEmpty();
            settings->webhookHost = *origin;
        }
        if (Status st = settings->validate(); !st.ok())
            return ctx.fail(st.error());
        const auto save = [&] {
            return settings->save(c);
        };
        if (Status st = webhook->given ? storeWebhook(*webhook, save) : save(); !st.ok())
            return ctx.fail(st.error());
    }
    printSettings(ctx.out, formatOf(p, OutputFormat::Text), *settings);
    return 0;
}

// Waits for one finished() of a notifier and returns its Status.
template <typename Notifier, typename Send> Status waitFor(Notifier* n, Send send)
{
    Status result = Error::failure(CliContext::tr("no answer"));
    QEventLoop loop;
    QObject::connect(n, &Notifier::finished, &loop, [&](const AlertEvent&, const Status& st) {
        result = st;
        loop.quit();
    });
    send();
    loop.exec();
    return result;
}

Status testWebhook(const AlertSettings& s, const AlertEvent& e)
{
    if (!s.webhook)
        return Error::usage(
            CliContext::tr("no webhook URL is set: opsdeck alert config --webhook-stdin (or --webhook URL)"));
    if (!BlockingKeychain::isAvailable())
        return Error::failure(
            CliContext::tr("no D-Bus session bus, so no keychain to read the webhook URL from"));
    const QString entry = AlertSettings::webhookSecretName();
    auto url = BlockingKeychain::read(entry);
    if (!url.ok())
        return url.error().code == Error::Code::NotFound
                   ? Error::refused(
                         CliContext::tr("the webhook is on but this computer's keychain has no URL "
                                        "for it (entry %1): opsdeck alert config --webhook-stdin")
                             .arg(entry))
                   : url.error();
    if (auto origin = AlertSettings::webhookOrigin(*url); !origin.ok())
        return Error::failure(
            CliContext::tr("the webhook URL in the keychain (entry %1) is not an http(s) URL: opsdeck alert "
                           "config --webhook-stdin")
                .arg(entry));
    WebhookNotifier n{QUrl(*url)};
    return waitFor(&n, [&] { n.send(e); });
}

Status testEmail(const AlertSettings& s, const AlertEvent& e)
{
    if (!s.smtp.configured())
        return Error::usage(CliContext::tr("e-mail is not set up: opsdeck alert config --smtp-server H "
                                           "--smtp-from A --smtp-to A,B"));
    QString password;
    if (!s.smtp.user.isEmpty()) {
        if (!BlockingKeychain::isAvailable())
            return Error::failure(
                CliContext::tr("no D-Bus session bus, so no keychain to read the SMTP password from"));
        auto stored = BlockingKeychain::read(s.smtp.secretName());
        if (!stored.ok())
            return stored.error().code == Error::Code::NotFound
                       ? Error::refused(
                             CliContext::tr("no SMTP password for %1 in the keychain: opsdeck alert "
                                            "set-smtp-password")
                                 .arg(s.smtp.secretName()))
                       : stored.error();
        password = *stored;
    }
    SmtpNotifier n(s.smtp, password);
    return waitFor(&n, [&] { n.send(e); });
}

Status testDesktop(const AlertEvent& e)
{
    DesktopNotifier n;
    if (!n.isAvailable())
        return Error::failure(CliContext::tr("no notification daemon on the D-Bus session bus "
                                             "(org.freedesktop.Notifications)"));
    return waitFor(&n, [&] { n.send(e); });
}

int runNotifyTest(CliContext& ctx, const QCommandLineParser& p, const QStringList& args)
{
    if (!args.isEmpty())
        return ctx.usage(CliContext::tr("unexpected argument '%1'").arg(args.first()));
    auto db = ctx.database();
    if (!db.ok())
        return ctx.fail(db.error());
    QSqlDatabase c = (*db)->connection();
    auto s = AlertSettings::load(c);
    if (!s.ok())
        return ctx.fail(s.error());
    bool webhook = p.isSet(QStringLiteral("webhook")), email = p.isSet(QStringLiteral("email"));
    const bool desktop = p.isSet(QStringLiteral("desktop"));
    if (!webhook && !email && !desktop) { // every channel that is set up
        webhook = s->webhook;
        email = s->smtp.configured();
        if (!webhook && !email)
            return ctx.fail(
                Error::usage(CliContext::tr("no notification channel is set up: opsdeck alert config "
                                            "--webhook URL, or --smtp-server ...")));
    }
    const AlertEvent e = AlertMessage::testEvent(Clock::system().nowMs());
    int exitCode = 0;
    const auto report = [&](const QString& channel, const Status& st) {
        if (st.ok()) {
            ctx.out << CliContext::tr("sent a test notification by %1").arg(channel) << Qt::endl;
        } else if (exitCode == 0) {
            exitCode = ctx.fail(st.error());
        } else {
            ctx.fail(st.error());
        }
    };
    if (webhook)
        report(CliContext::tr("webhook"), testWebhook(*s, e));
    if (email)
        report(CliContext::tr("e-mail"), testEmail(*s, e));
    if (desktop)
        report(CliContext::tr("desktop notification"), testDesktop(e));
    return exitCode;
}

int runSetSmtpPassword(CliContext& ctx, const QCommandLineParser& p, const QStringList& args)
{
    if (!args.isEmpty())
        return ctx.usage(CliContext::tr("unexpected argument '%1'").arg(args.first()));
    auto db = ctx.database();
    if (!db.ok())
        return ctx.fail(db.error());
    QSqlDatabase c = (*db)->connection();
    auto s = AlertSettings::load(c);
    if (!s.ok())
        return ctx.fail(s.error());
    if (s->smtp.server.isEmpty() || s->smtp.user.isEmpty())
        return ctx.usage(
            CliContext::tr("set the SMTP server and user first: opsdeck alert config --smtp-server H "
                           "--smtp-user U"));
    if (!BlockingKeychain::isAvailable())
        return ctx.fail(
            Error::failure(CliContext::tr("no D-Bus session bus, so no keychain to store the password in")));
    auto password = p.isSet(QStringLiteral("stdin"))
                        ? CliCredentials::readStdinLine(QStringLiteral("--stdin"))
                        : CliCredentials::readTerminal(
                              {}, CliContext::tr("SMTP password for %1: ").arg(s->smtp.secretName()),
                              Error::usage(CliContext::tr("no terminal to ask the password on: pipe "
                                                          "it in with --stdin")));
    if (!password.ok())
        return ctx.fail(password.error());
    if (password->isEmpty())
        return ctx.fail(Error::refused(CliContext::tr("nothing typed for %1").arg(s->smtp.secretName())));
    // Only a password the server takes is kept (as `db set-password`).
    if (Status st = SmtpNotifier::checkLogin(s->smtp, *password); !st.ok())
        return ctx.fail(
            Error{st.error().code, CliContext::tr("%1; nothing was stored").arg(st.error().message)});
    if (Status st = BlockingKeychain::write(s->smtp.secretName(), *password); !st.ok())
        return ctx.fail(st.error());
    ctx.out << CliContext::tr("stored the SMTP password in the keychain (entry %1)").arg(s->smtp.secretName())
            << Qt::endl;
    return 0;
}

QStringList configOptions()
{
    return {QStringLiteral("webhook-stdin"), QStringLiteral("webhook"),      QStringLiteral("smtp-server"),
            QStringLiteral("smtp-port"),     QStringLiteral("smtp-user"),    QStringLiteral("smtp-from"),
            QStringLiteral("smtp-to"),       QStringLiteral("smtp-ca-file"), QStringLiteral("smtp-starttls"),
            QStringLiteral("threshold"),     QStringLiteral("quiet"),        QStringLiteral("quiet-critical"),
            QStringLiteral("desktop"),       QStringLiteral("format")};
}

int runAlertConfig(CliContext& ctx)
{
    const QStringList onOffChoices{QStringLiteral("on"), QStringLiteral("off")};
    return VerbTable(QStringLiteral("alert config"))
        .option({QStringLiteral("webhook"),
                 CliContext::tr("the incoming-webhook URL, kept in the keychain (off: none; it shows in "
                                "the shell's history and ps: prefer --webhook-stdin)"),
                 QStringLiteral("URL")})
        .option({QStringLiteral("webhook-stdin"),
                 CliContext::tr("read the incoming-webhook URL from the first line of stdin")})
        .option({QStringLiteral("smtp-server"), CliContext::tr("the SMTP server (off: no e-mail)"),
                 QStringLiteral("HOST")})
        .option({QStringLiteral("smtp-port"), CliContext::tr("its port (default 587; 465: TLS at once)"),
                 QStringLiteral("N"), check::port()})
        .option({QStringLiteral("smtp-user"),
                 CliContext::tr("the SMTP login (its password: set-smtp-password)"), QStringLiteral("USER")})
        .option({QStringLiteral("smtp-from"), CliContext::tr("the sender address"), QStringLiteral("ADDR")})
        .option({QStringLiteral("smtp-to"), CliContext::tr("the recipients, comma-separated"),
                 QStringLiteral("A,B")})
        .option({QStringLiteral("smtp-ca-file"),
                 CliContext::tr("a CA bundle to trust for the server (off: the "
                                "system's)"),
                 QStringLiteral("FILE")})
        .option({QStringLiteral("smtp-starttls"),
                 CliContext::tr("require STARTTLS (on, the default, or off)"), QStringLiteral("on|off"),
                 check::oneOf(onOffChoices)})
        .option(
            {QStringLiteral("threshold"), CliContext::tr("notify from this importance up"),
             QStringLiteral("I"),
             check::oneOf({QStringLiteral("warning"), QStringLiteral("error"), QStringLiteral("critical")})})
        .option({QStringLiteral("quiet"),
                 CliContext::tr("quiet hours in local time, e.g. 22:00-07:00 (off: none)"),
                 QStringLiteral("HH:MM-HH:MM"), quietCheck()})
        .option({QStringLiteral("quiet-critical"),
                 CliContext::tr("critical alerts still go out in quiet hours (on, the default, or off)"),
                 QStringLiteral("on|off"), check::oneOf(onOffChoices)})
        .option({QStringLiteral("desktop"),
                 CliContext::tr("desktop notifications where there is no tray (on, the default, or off)"),
                 QStringLiteral("on|off"), check::oneOf(onOffChoices)})
        .option(formatOption(CliContext::tr("json or text")))
        .verb({QString(),
               QStringLiteral("[--webhook URL|off | --webhook-stdin] [--smtp-server H --smtp-port N "
                              "--smtp-user U --smtp-from A "
                              "--smtp-to A,B] [--threshold I] [--quiet HH:MM-HH:MM] [--format json|text]"),
               configOptions(), runConfig})
        .run(ctx);
}

int runAlertNotifyTest(CliContext& ctx)
{
    return VerbTable(QStringLiteral("alert notify-test"))
        .option({QStringLiteral("webhook"), CliContext::tr("only the webhook")})
        .option({QStringLiteral("email"), CliContext::tr("only e-mail")})
        .option({QStringLiteral("desktop"), CliContext::tr("a desktop notification (D-Bus)")})
        .verb({QString(),
               QStringLiteral("[--webhook | --email | --desktop]"),
               {QStringLiteral("webhook"), QStringLiteral("email"), QStringLiteral("desktop")},
               runNotifyTest})
        .run(ctx);
}

int runAlertSetSmtpPassword(CliContext& ctx)
{
    return VerbTable(QStringLiteral("alert set-smtp-password"))
        .option({QStringLiteral("stdin"), CliContext::tr("read the password from the first line of stdin")})
        .verb({QString(), QStringLiteral("[--stdin]"), {QStringLiteral("stdin")}, runSetSmtpPassword})
        .run(ctx);
}

} // namespace

OPSDECK_COMMAND("alert config", QT_TRANSLATE_NOOP("commands", "show or set where alert notifications go"),
                runAlertConfig);
OPSDECK_COMMAND("alert notify-test", QT_TRANSLATE_NOOP("commands", "send a test notification"),
                runAlertNotifyTest);
OPSDECK_COMMAND("alert set-smtp-password",
                QT_TRANSLATE_NOOP("commands",
                                  "check the SMTP password with the server and keep it in the keychain"),
                runAlertSetSmtpPassword);

} // namespace opsdeck::cli
