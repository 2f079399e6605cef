#pragma once

#include <QString>

namespace opsdeck {

// Opens the window on the database at `dbPath`; returns the exit code.
int runGui(int& argc, char** argv, const QString& dbPath, const QString& lang);

} // namespace opsdeck
