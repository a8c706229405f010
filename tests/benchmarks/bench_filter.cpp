// Filter latency per keystroke on the "API Apps" table: the model and proxy the console uses,
// with a real QTableView attached, on a store given with --database (e.g. the 10,000-app
// store that scopekeeper-bench-store builds).
#include "AppFilterProxyModel.h"
#include "AppListModel.h"
#include "SqlStore.h"
#include "Wait.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTableView>
#include <algorithm>
#include <cstdio>

using namespace sk;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption(
        {QStringLiteral("database"), QStringLiteral("The store file."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("rounds"), QStringLiteral("Times each query is typed."),
                      QStringLiteral("N"), QStringLiteral("5")});
    parser.process(app);
    if (parser.value(QStringLiteral("database")).isEmpty()) {
        std::fprintf(stderr, "--database FILE is needed\n");
        return 2;
    }
    SqlStoreOptions options;
    options.sqlitePath = parser.value(QStringLiteral("database"));
    options.createIfMissing = false;
    SqlStore store(options);
    const Result<StoreInfo> opened = waitFor(store.open());
    if (!opened.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message()));
        return 1;
    }
    AppListModel model(&store);
    AppFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QTableView view;
    view.setModel(&proxy);
    view.setSortingEnabled(true);
    view.sortByColumn(AppListModel::NameColumn, Qt::AscendingOrder);
    view.resize(960, 600);
    view.show();
    model.reload();
    while (!model.hasLoaded())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    QCoreApplication::processEvents();

    // Queries typed one character at a time, then erased one at a time.
    const QStringList queries = {QStringLiteral("risk compliance"), QStringLiteral("model:deploy"),
                                 QStringLiteral("app 9999")};
    const int rounds = parser.value(QStringLiteral("rounds")).toInt();
    QList<double> latencies; // ms per keystroke: filter + the view's repaint
    for (int round = 0; round < rounds; ++round) {
        for (const QString& query : queries) {
            QStringList steps;
            for (int i = 1; i <= query.size(); ++i)
                steps << query.left(i);
            for (int i = query.size() - 1; i >= 0; --i)
                steps << query.left(i);
            for (const QString& text : steps) {
                QElapsedTimer timer;
                timer.start();
                proxy.setSearchText(text);
                view.viewport()->repaint();
                QCoreApplication::processEvents();
                latencies << timer.nsecsElapsed() / 1e6;
            }
        }
    }
    std::sort(latencies.begin(), latencies.end());
    const auto at = [&](double q) {
        return latencies.at(qMin(latencies.size() - 1, qsizetype(q * latencies.size())));
    };
    std::printf("apps in the table:        %d\n", model.rowCount());
    std::printf("keystrokes measured:      %lld\n", static_cast<long long>(latencies.size()));
    std::printf("filter latency (ms):      median %.2f  p95 %.2f  max %.2f\n", at(0.5), at(0.95),
                latencies.constLast());
    return 0;
}
