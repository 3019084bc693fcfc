// `ensemble --serve` without the GUI parts, so headless-mode tests need only the net library.
#include "server/HeadlessServer.h"

int main(int argc, char *argv[])
{
    return ensemble::HeadlessServer::run(argc, argv);
}
