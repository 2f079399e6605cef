#include "cli/DbVerbAccess.h"

#include <QHash>

namespace opsdeck::cli {
namespace {

// "command verb [first word]" -> what it needs. Commands that write only the local
// metrics cache (metrics import, receive, metrics retention) need nothing more than View.
const QHash<QString, Capability>& table()
{
    using C = Capability;
    static const QHash<QString, Capability> t{
        // Operators: lifecycle, ad-hoc commands and jobs, deploys, what collectors record.
        {QStringLiteral("machine transition"), C::Operate},
        {QStringLiteral("machine terminal"), C::Operate},
        {QStringLiteral("run"), C::Operate},
        {QStringLiteral("deploy"), C::Operate},
        {QStringLiteral("job cancel"), C::Operate},
        {QStringLiteral("job pause"), C::Operate},
        {QStringLiteral("job resume"), C::Operate},
        {QStringLiteral("job retry"), C::Operate},
        {QStringLiteral("job run"), C::Operate},
        {QStringLiteral("relation notify"), C::Operate},
        {QStringLiteral("collect"), C::Operate},
        {QStringLiteral("metrics poll"), C::Operate},
        // The checker's state and the operator's answers to an alert.
        {QStringLiteral("check ack"), C::Operate},
        {QStringLiteral("check silence"), C::Operate},
        {QStringLiteral("check unsilence"), C::Operate},
        {QStringLiteral("check run"), C::Operate},
        {QStringLiteral("check maintenance add"), C::Operate},
        {QStringLiteral("check maintenance remove"), C::Operate},
        {QStringLiteral("dashboard import"), C::Operate},
        {QStringLiteral("dashboard remove"), C::Operate},
        // Admins: the inventory's shape, sources, services, templates, roles.
        {QStringLiteral("machine add"), C::Administer},
        {QStringLiteral("machine set"), C::Administer},
        {QStringLiteral("inventory import"), C::Administer},
        {QStringLiteral("pool set"), C::Administer},
        {QStringLiteral("tree add"), C::Administer},
        {QStringLiteral("tree bind"), C::Administer},
        {QStringLiteral("tree unbind"), C::Administer},
        {QStringLiteral("tree flag"), C::Administer},
        {QStringLiteral("tree move"), C::Administer},
        {QStringLiteral("tree remove"), C::Administer},
        {QStringLiteral("unit add"), C::Administer},
        {QStringLiteral("unit remove"), C::Administer},
        {QStringLiteral("relation add"), C::Administer},
        {QStringLiteral("relation remove"), C::Administer},
        {QStringLiteral("service set"), C::Administer},
        {QStringLiteral("service scale"), C::Administer},
        {QStringLiteral("source add"), C::Administer},
        {QStringLiteral("source set"), C::Administer},
        {QStringLiteral("source remove"), C::Administer},
        {QStringLiteral("job template save"), C::Administer},
        {QStringLiteral("job template remove"), C::Administer},
        {QStringLiteral("check add"), C::Administer},
        {QStringLiteral("check remove"), C::Administer},
        {QStringLiteral("check auto-abnormal on"), C::Administer},
        {QStringLiteral("check auto-abnormal off"), C::Administer},
        {QStringLiteral("db grant"), C::Administer},
        {QStringLiteral("db revoke"), C::Administer},
    };
    return t;
}

} // namespace

Capability requiredCapability(const QString& command, const QString& verb, const QStringList& args)
{
    const QString base = verb.isEmpty() ? command : command + QLatin1Char(' ') + verb;
    // Removing a machine is a lifecycle event that deletes its row: the inventory's shape.
    if (base == QLatin1String("machine transition") && !args.isEmpty() &&
        args.last().compare(QLatin1String("remove"), Qt::CaseInsensitive) == 0)
        return Capability::Administer;
    if (!args.isEmpty())
        if (auto it = table().constFind(base + QLatin1Char(' ') + args.first()); it != table().constEnd())
            return *it;
    return table().value(base, Capability::View);
}

} // namespace opsdeck::cli
