#pragma once

#include <QString>

class QCoreApplication;

namespace opsdeck {

// Loads the compiled-in translation for `lang` (e.g. "zh_CN"), else for the system
// locale; English needs none.
void installAppTranslator(QCoreApplication& app, const QString& lang);

} // namespace opsdeck
