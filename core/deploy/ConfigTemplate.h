#pragma once

#include "inventory/InventoryTypes.h"
#include "util/Result.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace opsdeck {

// A service's config template: `{{name}}` placeholders (spaces inside the braces
// allowed) replaced per unit. Names: port, address, machine, service, unit, unit_id and
// relation.NAME (the comma-separated endpoints of that relation). An unknown name is
// an error, found before anything is sent: check() against the names a deploy will
// have, then render() per unit.
class ConfigTemplate
{
public:
    explicit ConfigTemplate(QString text) : m_text(std::move(text)) {}

    // The placeholders used, in order of first use.
    QStringList placeholders() const;
    // Every placeholder is one of `known` (relation.* names included as such), or an
    // error naming the first unknown one and its line.
    Status check(const QStringList& known) const;
    Result<QString> render(const QHash<QString, QString>& values) const;

    // The names every unit has (relation.* come from the service's relations).
    static QStringList unitNames();
    // relation.NAME -> "ip:port,ip:port" for a service's relations: NAME is the needed
    // service's name (the last part of its path); third-party endpoints are
    // relation.external.
    static QHash<QString, QString> relationValues(const QList<ResolvedRelation>& relations);

private:
    QString m_text;
};

} // namespace opsdeck
