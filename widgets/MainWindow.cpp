#include "MainWindow.h"

#include "engine/Engine.h"

#include <QLabel>
#include <QStatusBar>

namespace opsdeck {

MainWindow::MainWindow(Engine& engine, QWidget* parent) : QMainWindow(parent), m_engine(engine)
{
    setWindowTitle(tr("Opsdeck"));
    statusBar()->addPermanentWidget(new QLabel(m_engine.database().path(), this));
}

} // namespace opsdeck
