#pragma once

#include "util/Result.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace opsdeck {

// An Ansible host pattern as written in an inventory: `web[01:20].example.com`, `db[a:c]`,
// `node[0:10:2]`, optionally with `:port` (`web1:2222`).
//  - numeric ranges keep the start's zero padding (`[01:20]` gives 01..20), letters go a..z
//    or A..Z, an optional third part is the stride, an empty start means 0;
//  - several ranges in one pattern multiply (`r[1:2]c[a:b]` gives 4 names);
//  - a trailing `:digits` after a name with exactly one colon is the SSH port (an address with
//    more colons is IPv6 and has no port part).
struct HostPattern
{
    QStringList names;
    std::optional<int> port;

    // At most this many names from one pattern (a typo like [1:99999999] is refused).
    static constexpr int maxNames = 100000;

    // The message of a refusal says what is wrong, without file and line (the caller adds them).
    static Result<HostPattern> parse(const QString& pattern);
};

} // namespace opsdeck
