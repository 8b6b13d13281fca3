package io.github.netstatx.backend.windows.jna;

import com.sun.jna.Library;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;

/** The kernel32.dll process functions the backend calls; handles are plain pointers, BOOL results {@code int}. */
interface Kernel32Processes extends Library {

    int PROCESS_QUERY_LIMITED_INFORMATION = 0x1000;
    int TH32CS_SNAPPROCESS = 0x2;

    Pointer OpenProcess(int desiredAccess, int inheritHandle, int processId);

    int CloseHandle(Pointer handle);

    /** lpdwSize: in, the buffer size in WCHARs; out, the characters written without the NUL. */
    int QueryFullProcessImageNameW(Pointer process, int flags, Pointer exeName, IntByReference size);

    /** Four FILETIMEs: creation, exit, kernel, user. */
    int GetProcessTimes(Pointer process, Pointer creation, Pointer exit, Pointer kernel, Pointer user);

    Pointer CreateToolhelp32Snapshot(int flags, int processId);

    int Process32FirstW(Pointer snapshot, Pointer entry);

    int Process32NextW(Pointer snapshot, Pointer entry);

    Pointer GetCurrentProcess();
}
