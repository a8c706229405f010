#include "CliLauncher.h"

#include "CliCommandLine.h"
#include "CliCommands.h"
#include "CliSession.h"

namespace sk {

int CliLauncher::run(const QStringList& arguments, const CliIo& io)
{
    CliOptions options;
    QString output;
    switch (CliCommandLine::parse(arguments, &options, &output)) {
    case CliCommandLine::Parse::ExitSuccess:
        io.out(output.toUtf8() + '\n');
        return CliCommands::ExitDone;
    case CliCommandLine::Parse::ExitFailure:
        io.err(QStringLiteral("scopekeeper-cli: ") + output);
        return CliCommands::ExitUsage;
    case CliCommandLine::Parse::Run:
        break;
    }
    const Result<std::shared_ptr<Store>> store = CliSession::open(options);
    if (!store.ok()) {
        io.err(CliCommands::failureText(store.error()));
        return CliCommands::ExitFailed;
    }
    return CliCommands(*store.value(), options, io).run();
}

} // namespace sk
