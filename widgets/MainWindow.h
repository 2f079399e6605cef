#pragma once

#include <QMainWindow>

namespace opsdeck {

class Engine;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Engine& engine, QWidget* parent = nullptr);

private:
    Engine& m_engine;
};

} // namespace opsdeck
