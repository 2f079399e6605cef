#include "GuiMain.h"

#include "AppTranslator.h"
#include "sources/BlockingKeychain.h"
#include "DatabaseUnlock.h"
#include "MainWindow.h"
#include "StartupProbe.h"
#include "engine/Engine.h"
#include "team/DatabasePasswordDialog.h"

#include <QApplication>
#include <QIcon>
#include <QMessageBox>
#include <cstdio>

namespace opsdeck {

int runGui(int& argc, char** argv, const QString& dbPath, const QString& lang)
{
    QApplication app(argc, argv);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/opsdeck.svg")));
    QApplication::setDesktopFileName(QStringLiteral("opsdeck"));
    installAppTranslator(app, lang);

    // A team database's password: none, the keychain's, or asked here (and remembered).
    const bool unattended = qEnvironmentVariableIntValue("OPSDECK_EXIT_AFTER_PAINT") == 1;
    auto unlocked = DatabaseUnlock::unlock(
        dbPath, [&](const DatabaseUrl& url, bool retry) -> Result<DatabaseUnlock::Answer> {
            const Error cancelled = Error::refused(
                QApplication::translate("main", "no password for %1 was given").arg(url.display()));
            if (unattended)
                return cancelled;
            DatabasePasswordDialog dialog(url.display(), retry, BlockingKeychain::isAvailable(), {});
            if (dialog.exec() != QDialog::Accepted)
                return cancelled;
            return DatabaseUnlock::Answer{dialog.password(), dialog.remember()};
        });
    Engine::Options options;
    options.startChecks = true; // the window runs the checks (one console of a team does)
    if (unlocked.ok())
        options.databasePassword = unlocked->password;
    auto engine =
        unlocked.ok() ? Engine::start(dbPath, options) : Result<std::unique_ptr<Engine>>(unlocked.error());
    if (!engine.ok()) {
        const QString message =
            QApplication::translate("main", "Opsdeck cannot start on the database %1:\n\n%2\n\n"
                                            "Choose another file with --db PATH or OPSDECK_DB.")
                .arg(dbPath, engine.error().message);
        std::fprintf(stderr, "opsdeck: %s\n", qPrintable(message.simplified()));
        if (qEnvironmentVariableIntValue("OPSDECK_EXIT_AFTER_PAINT") != 1)
            QMessageBox::critical(nullptr, QApplication::translate("main", "Opsdeck cannot start"), message);
        return engine.error().exitCode();
    }
    int rc = 0;
    {
        MainWindow window(**engine);
        if (!unlocked->notice.isEmpty())
            window.showStatus(unlocked->notice);
        StartupProbe::installIfRequested(&window);
        window.show();
        rc = app.exec();
    }
    (*engine)->shutdown();
    return rc;
}

} // namespace opsdeck
