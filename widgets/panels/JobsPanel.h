#pragma once

#include <QDockWidget>

namespace opsdeck {

// The "Jobs" dock: deployment jobs and ad-hoc commands. Deployments are not built yet,
// so it says so instead of showing a list.
class JobsPanel : public QDockWidget
{
    Q_OBJECT
public:
    explicit JobsPanel(QWidget* parent = nullptr);
};

} // namespace opsdeck
