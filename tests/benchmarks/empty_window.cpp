// The baseline for the console's start-up benchmark: an empty Qt Widgets main window with an
// empty table, started and quit the same way as `scopekeeper --exit-after-load`.
#include <QApplication>
#include <QMainWindow>
#include <QTableView>
#include <QTimer>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    auto* table = new QTableView(&window);
    window.setCentralWidget(table);
    window.resize(960, 600);
    window.show();
    // Quit once the event loop has run, as the console does after its first load.
    QTimer::singleShot(0, &app, &QApplication::quit);
    return QApplication::exec();
}
