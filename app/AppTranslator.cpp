#include "AppTranslator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace opsdeck {

void installAppTranslator(QCoreApplication& app, const QString& lang)
{
    const QLocale locale = lang.isEmpty() ? QLocale::system() : QLocale(lang);
    if (!lang.isEmpty())
        QLocale::setDefault(locale);
    auto* ours = new QTranslator(&app);
    if (ours->load(locale, QStringLiteral("opsdeck"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        app.installTranslator(ours);
    else
        delete ours;
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
    else
        delete qt;
}

} // namespace opsdeck
