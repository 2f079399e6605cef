#include "team/AccessGate.h"

#include <QAction>
#include <QActionGroup>

namespace opsdeck {

AccessGate::AccessGate(QObject* parent)
    : QObject(parent), m_operate(new QActionGroup(this)), m_administer(new QActionGroup(this))
{
    for (QActionGroup* g : {m_operate, m_administer})
        g->setExclusionPolicy(QActionGroup::ExclusionPolicy::None);
}

void AccessGate::guard(QAction* action, Capability needed)
{
    if (!action || needed == Capability::View)
        return;
    (needed == Capability::Operate ? m_operate : m_administer)->addAction(action);
    update();
}

void AccessGate::setRole(const TeamRole& role)
{
    m_role = role;
    update();
}

void AccessGate::setConnected(bool connected)
{
    m_connected = connected;
    update();
}

bool AccessGate::allows(Capability needed) const
{
    return needed == Capability::View || (m_connected && m_role.may(needed));
}

QString AccessGate::reasonFor(Capability needed) const
{
    if (allows(needed))
        return {};
    if (!m_connected)
        return tr("The team database cannot be reached: read-only until it is back.");
    return tr("%1 may not do this on the team database: that needs the %2 role.")
        .arg(m_role.user, teamRoleName(needed));
}

void AccessGate::update()
{
    m_operate->setEnabled(allows(Capability::Operate));
    m_administer->setEnabled(allows(Capability::Administer));
    emit changed();
}

} // namespace opsdeck
