#pragma once

#include "navigation/PageHistory.h"

#include <QObject>
#include <functional>

class QAction;

namespace opsdeck {

class FleetDock;

// The window's Back and Forward (Alt+Left / Alt+Right), as a browser's: every machine
// and node the Fleet dock selects (by a click, the keyboard, or the window asking it to)
// is a page visited; Back and Forward open the page through the opener the window
// gives, which selects it in the dock again, without pushing it.
class NavigationController : public QObject
{
    Q_OBJECT
public:
    using Opener = std::function<void(const PageEntry&)>;

    NavigationController(FleetDock* dock, Opener opener, QObject* parent = nullptr);

    QAction* backAction() const { return m_back; }
    QAction* forwardAction() const { return m_forward; }
    const PageHistory& history() const { return m_history; }

public slots:
    // A page shown: pushed unless it is the current one, or Back / Forward is opening it.
    void visit(const PageEntry& page);
    bool goBack();
    bool goForward();

signals:
    void historyChanged();

private:
    void open(const std::optional<PageEntry>& page);
    void updateActions();
    QString describe(const PageEntry& page) const;

    PageHistory m_history;
    Opener m_opener;
    QAction* m_back = nullptr;
    QAction* m_forward = nullptr;
    bool m_opening = false;
};

} // namespace opsdeck
