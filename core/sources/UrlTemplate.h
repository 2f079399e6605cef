#pragma once

#include "sources/Source.h"
#include "util/Result.h"

#include <QString>
#include <QUrl>

namespace opsdeck {

// A source's URL template: {address}, {name} and {port} stand for the target machine's
// fields (`http://{address}:9100/metrics`).
namespace UrlTemplate {

QString expand(const QString& text, const PollTarget& target);

// The expanded URL, refused unless it is an absolute http or https URL with a host.
Result<QUrl> resolve(const QString& text, const PollTarget& target);

// Checks a template as `source add` gets it (placeholders with made-up values).
Status check(const QString& text);

} // namespace UrlTemplate
} // namespace opsdeck
