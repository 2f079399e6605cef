#include "panels/JobsPanel.h"

#include "panels/EmptyStateView.h"

namespace opsdeck {

JobsPanel::JobsPanel(QWidget* parent) : QDockWidget(tr("Jobs"), parent)
{
    setObjectName(QStringLiteral("jobsDock"));
    setWidget(new EmptyStateView(tr("No deployment jobs yet"),
                                 tr("Deployments and ad-hoc commands over SSH arrive in a later version of "
                                    "Opsdeck; their jobs and output will be listed here."),
                                 this));
}

} // namespace opsdeck
