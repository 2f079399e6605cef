#pragma once

#include "inventory_io/InventoryDocument.h"
#include "util/Result.h"

#include <QByteArrayView>

namespace opsdeck {

// Reads an OpenSSH client configuration (ssh_config(5)) into machines:
//  - every name on a `Host` line without wildcards (`*`, `?`) or negation (`!`) becomes one
//    machine, in order of first appearance; wildcard and negated patterns make no machine and are
//    reported in warnings ("file:line: ...", a negation named as such);
//  - what `ssh` itself refuses is reported, naming file, line and keyword, and the line skipped:
//    a keyword OpenSSH does not know (ssh_keywords::isKnown; "Bad configuration option") unless
//    an earlier IgnoreUnknown pattern covers it, and a SetEnv argument without NAME=;
//  - each machine's settings follow OpenSSH: the blocks are read in file order and the FIRST value
//    seen for a keyword wins, from every block that applies — the lines before the first Host,
//    `Host` blocks whose patterns match the name (so `Host *` defaults apply, with the precedence
//    their position gives them);
//  - `Match` blocks cannot be evaluated without a connection: they are skipped and reported;
//    `Include` is not followed and is reported;
//  - HostName (with %h and %% expanded; default the name) → address, Port → port (default 22),
//    User → user; every other keyword (IdentityFile, ProxyJump, ...) is kept as meta under its
//    usual spelling (a string, or a list when a keyword such as IdentityFile is given more than
//    once and OpenSSH would use all values); SetEnv and SendEnv are lists with one entry per
//    variable, as `ssh -G` prints them (SetEnv from the first line that applies, SendEnv from all);
//  - quoting follows OpenSSH: "..." and '...', backslash escapes;
//  - keywords are case-insensitive, `Key Value` and `Key=Value` both work;
//  - no tree nodes are created (ssh_config has no groups), machines are bound to no node.
// A keyword without a value, a bad Port, an empty Host line or an open quote is refused with the
// file and line.
Result<InventoryDocument> parseSshConfig(QByteArrayView text, const QString& fileName);

} // namespace opsdeck
