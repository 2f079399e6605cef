#pragma once

#include <QString>

namespace opsdeck::ssh_keywords {

// Whether OpenSSH's client (9.2, the version Debian 12 ships) knows `keyword` (any case) in an
// ssh_config file: for any other word `ssh` stops with "Bad configuration option" unless an
// IgnoreUnknown pattern covers it. Deprecated and unsupported keywords that ssh still accepts
// (with a notice) count as known.
bool isKnown(const QString& keyword);

} // namespace opsdeck::ssh_keywords
