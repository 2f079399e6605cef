#include "panels/AlertsPanel.h"

#include "panels/EmptyStateView.h"

namespace opsdeck {

AlertsPanel::AlertsPanel(QWidget* parent) : QDockWidget(tr("Alerts"), parent)
{
    setObjectName(QStringLiteral("alertsDock"));
    setWidget(
        new EmptyStateView(tr("No alerts yet"),
                           tr("Checks (metric thresholds, HTTP, Jenkins jobs, unreachable hosts) "
                              "arrive in a later version of Opsdeck; their alerts will be listed here."),
                           this));
}

} // namespace opsdeck
