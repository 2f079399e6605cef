#pragma once

#include <QString>

namespace opsdeck {

// A service-tree path as someone typed it ("/shop/web/", " shop/web"): trimmed, without
// leading or trailing slashes. The one normaliser for paths from the CLI, a dialog, a job's
// target or a source's binding; what is left is checked by whoever looks the node up.
QString trimmedTreePath(const QString& text);

} // namespace opsdeck
