#pragma once

#include <QDockWidget>

namespace opsdeck {

// The "Alerts" dock: checks and their status changes. Checks are not built yet, so it
// says so instead of showing a list.
class AlertsPanel : public QDockWidget
{
    Q_OBJECT
public:
    explicit AlertsPanel(QWidget* parent = nullptr);
};

} // namespace opsdeck
