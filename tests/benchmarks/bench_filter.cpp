// Filter latency per keystroke on the console's real "API Apps" page (its search field, model,
// proxy and table), on a store given with --database (e.g. the 10,000-app store that
// scopekeeper-bench-store builds).
#include "AppFilterProxyModel.h"
#include "AppListModel.h"
#include "AppsPage.h"
#include "SqlStore.h"
#include "Wait.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QLineEdit>
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
    AppsPage page(&store);
    page.resize(1100, 700);
    page.show();
    AppListModel& model = *page.model();
    auto* search = page.findChild<QLineEdit*>(QStringLiteral("searchLineEdit"));
    auto* view = page.findChild<QTableView*>(QStringLiteral("appsTableView"));
    while (!model.hasLoaded())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    QCoreApplication::processEvents();

    // Queries typed one character at a time, then erased one at a time.
    const QStringList queries = {QStringLiteral("risk compliance"), QStringLiteral("model:deploy"),
                                 QStringLiteral("app 9999")};
    const int rounds = parser.value(QStringLiteral("rounds")).toInt();
    QList<double> latencies; // ms per keystroke: filter + the view's repaint
    QList<std::pair<double, QString>> slowest;
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
                search->setText(text); // what a keystroke does, through textChanged
                view->viewport()->repaint();
                QCoreApplication::processEvents();
                latencies << timer.nsecsElapsed() / 1e6;
                slowest.append({latencies.constLast(), text});
            }
        }
    }
    std::sort(latencies.begin(), latencies.end());
    const auto at = [&](double q) {
        return latencies.at(qMin(latencies.size() - 1, qsizetype(q * latencies.size())));
    };
    std::sort(slowest.begin(), slowest.end(),
              [](const auto& a, const auto& b) { return a.first > b.first; });
    std::printf("slowest keystrokes:      ");
    for (int i = 0; i < qMin(5, int(slowest.size())); ++i)
        std::printf(" \"%s\" %.1f ms;", qPrintable(slowest.at(i).second), slowest.at(i).first);
    std::printf("\n");
    std::printf("apps in the table:        %d\n", model.rowCount());
    std::printf("keystrokes measured:      %lld\n", static_cast<long long>(latencies.size()));
    std::printf("filter latency (ms):      median %.2f  p95 %.2f  max %.2f\n", at(0.5), at(0.95),
                latencies.constLast());
    return 0;
}
