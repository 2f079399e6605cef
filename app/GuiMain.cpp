#include "GuiMain.h"

#include "AppTranslator.h"
#include "MainWindow.h"
#include "StartupProbe.h"
#include "engine/Engine.h"

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

    auto engine = Engine::start(dbPath);
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
        StartupProbe::installIfRequested(&window);
        window.show();
        rc = app.exec();
    }
    (*engine)->shutdown();
    return rc;
}

} // namespace opsdeck
