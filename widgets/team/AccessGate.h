#pragma once

#include "db/TeamRole.h"

#include <QObject>

class QAction;
class QActionGroup;

namespace opsdeck {

// Greys out what the window may not do right now: an action that writes needs the
// team role's capability (TeamRole: operate or administer) and a database that answers.
// While the server is lost everything that writes is greyed, so the last data read stays
// on screen read-only. The server's grants are what enforce the roles; this spares the
// user a refusal. A local SQLite file allows everything.
// Each guarded action joins a (non-exclusive) QActionGroup per capability: a disabled
// group keeps its actions disabled whatever their panels set for the selection.
class AccessGate : public QObject
{
    Q_OBJECT
public:
    explicit AccessGate(QObject* parent = nullptr);

    void guard(QAction* action, Capability needed);

    void setRole(const TeamRole& role);
    void setConnected(bool connected);

    const TeamRole& role() const { return m_role; }
    bool isConnected() const { return m_connected; }
    // Whether an action needing `needed` is allowed now.
    bool allows(Capability needed) const;
    // Why it is not (empty when it is): for tooltips and the status bar.
    QString reasonFor(Capability needed) const;

signals:
    void changed();

private:
    void update();

    TeamRole m_role = TeamRole::localOwner();
    bool m_connected = true;
    QActionGroup* m_operate;
    QActionGroup* m_administer;
};

} // namespace opsdeck
