#include "GuiMain.h"

#include "AppTranslator.h"
#include "engine/Engine.h"
#include "MainWindow.h"

#include <QApplication>
#include <QIcon>
#include <QMessageBox>

namespace opsdeck {

int runGui(int& argc, char** argv, const QString& dbPath, const QString& lang)
{
    QApplication app(argc, argv);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/opsdeck.svg")));
    QApplication::setDesktopFileName(QStringLiteral("opsdeck"));
    installAppTranslator(app, lang);

    auto services = Engine::start(dbPath);
    if (!services.ok()) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Opsdeck cannot start"),
                              services.error().message);
        return services.error().exitCode();
    }
    MainWindow window(**services);
    window.show();
    return app.exec();
}

} // namespace opsdeck
