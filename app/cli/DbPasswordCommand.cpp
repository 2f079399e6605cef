#include "cli/DbPasswordCommand.h"

#include "sources/BlockingKeychain.h"
#include "cli/CliCredentials.h"
#include "db/DatabaseLogin.h"
#include "db/DatabaseUrl.h"

namespace opsdeck::cli {

namespace {

Result<DatabaseUrl> sharedUrl(const CliContext& ctx, const QStringList& args)
{
    if (!args.isEmpty())
        return Error::usage(CliContext::tr("unexpected argument '%1'").arg(args.first()));
    if (!DatabaseUrl::isUrl(ctx.dbPath))
        return Error::usage(CliContext::tr("%1 is a local file, which has no password; give a team database "
                                           "with --db postgresql://USER@HOST/DBNAME")
                                .arg(ctx.dbPath));
    return DatabaseUrl::parse(ctx.dbPath);
}

} // namespace

int dbSetPassword(CliContext& ctx, const QCommandLineParser& options, const QStringList& args)
{
    auto url = sharedUrl(ctx, args);
    if (!url.ok())
        return ctx.fail(url.error());
    if (!BlockingKeychain::isAvailable())
        return ctx.fail(Error::failure(
            CliContext::tr("no D-Bus session bus, so no keychain to store the password in; use ~/.pgpass")));
    const QString entry = DatabaseLogin::secretName(*url);
    auto password = options.isSet(QStringLiteral("stdin"))
                        ? CliCredentials::readStdinLine(QStringLiteral("--stdin"))
                        : CliCredentials::readTerminal(
                              {}, CliContext::tr("Password for %1: ").arg(url->display()),
                              Error::usage(CliContext::tr("no terminal to ask the password on: pipe it in "
                                                          "with --stdin")));
    if (!password.ok())
        return ctx.fail(password.error());
    if (password->isEmpty())
        return ctx.fail(Error::refused(CliContext::tr("nothing typed for %1").arg(url->display())));
    // Only a password the server takes is kept.
    auto login = DatabaseLogin::attempt(*url, *password);
    if (!login.ok())
        return ctx.fail(login.error());
    if (*login == DatabaseLogin::Outcome::PasswordRejected)
        return ctx.fail(Error::refused(
            CliContext::tr("%1 refused the password; nothing was stored").arg(url->display())));
    if (Status st = BlockingKeychain::write(entry, *password); !st.ok())
        return ctx.fail(st.error());
    ctx.out
        << CliContext::tr("stored the password for %1 in the keychain (entry %2)").arg(url->display(), entry)
        << Qt::endl;
    return 0;
}

int dbForgetPassword(CliContext& ctx, const QCommandLineParser&, const QStringList& args)
{
    auto url = sharedUrl(ctx, args);
    if (!url.ok())
        return ctx.fail(url.error());
    const QString entry = DatabaseLogin::secretName(*url);
    if (Status st = BlockingKeychain::remove(entry); !st.ok())
        return ctx.fail(st.error());
    ctx.out << CliContext::tr("deleted the keychain entry %1").arg(entry) << Qt::endl;
    return 0;
}

} // namespace opsdeck::cli
