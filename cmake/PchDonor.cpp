// The translation unit of a donor of precompiled headers (cmake/EnsemblePrecompiledHeaders.cmake).
int main()
{
    return 0;
}
