#include "fleet/NavigationController.h"

#include "fleet/FleetDock.h"

#include <QAction>
#include <QScopedValueRollback>

namespace opsdeck {

NavigationController::NavigationController(FleetDock* dock, Opener opener, QObject* parent)
    : QObject(parent), m_opener(std::move(opener))
{
    m_back = new QAction(tr("&Back"), this);
    m_back->setObjectName(QStringLiteral("actionBack"));
    m_back->setShortcuts(QKeySequence::Back);
    connect(m_back, &QAction::triggered, this, &NavigationController::goBack);
    m_forward = new QAction(tr("&Forward"), this);
    m_forward->setObjectName(QStringLiteral("actionForward"));
    m_forward->setShortcuts(QKeySequence::Forward);
    connect(m_forward, &QAction::triggered, this, &NavigationController::goForward);
    connect(dock, &FleetDock::machineSelected, this, [this](const QString& name) {
        visit({PageEntry::Kind::Machine, name});
    });
    connect(dock, &FleetDock::nodeSelected, this, [this](const QString& path) {
        visit({PageEntry::Kind::Node, path});
    });
    updateActions();
}

void NavigationController::visit(const PageEntry& page)
{
    if (m_opening || page.key.isEmpty() || !m_history.visit(page))
        return;
    updateActions();
}

bool NavigationController::goBack()
{
    const auto page = m_history.back();
    open(page);
    return page.has_value();
}

bool NavigationController::goForward()
{
    const auto page = m_history.forward();
    open(page);
    return page.has_value();
}

void NavigationController::open(const std::optional<PageEntry>& page)
{
    if (page && m_opener) {
        const QScopedValueRollback opening(m_opening, true);
        m_opener(*page);
    }
    updateActions();
}

QString NavigationController::describe(const PageEntry& page) const
{
    switch (page.kind) {
    case PageEntry::Kind::Machine:
        return tr("machine %1").arg(page.key);
    case PageEntry::Kind::Node:
        return tr("node %1").arg(page.key);
    case PageEntry::Kind::Dashboard:
        return tr("dashboard %1").arg(page.key);
    }
    return page.key;
}

void NavigationController::updateActions()
{
    const auto previous = m_history.previous();
    const auto next = m_history.next();
    m_back->setEnabled(previous.has_value());
    m_forward->setEnabled(next.has_value());
    m_back->setStatusTip(previous ? tr("Back to %1").arg(describe(*previous)) : tr("No earlier page"));
    m_forward->setStatusTip(next ? tr("Forward to %1").arg(describe(*next)) : tr("No later page"));
    emit historyChanged();
}

} // namespace opsdeck
