package io.github.netstatx.backend.windows.jna;

import com.sun.jna.Library;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;

/** The advapi32.dll token functions used to tell whether this process runs elevated. */
interface Advapi32Tokens extends Library {

    int TOKEN_QUERY = 0x0008;
    /** TOKEN_INFORMATION_CLASS TokenElevation; the answer is a TOKEN_ELEVATION (one DWORD). */
    int TOKEN_ELEVATION = 20;

    int OpenProcessToken(Pointer process, int desiredAccess, PointerByReference token);

    int GetTokenInformation(Pointer token, int infoClass, Pointer info, int length, IntByReference returned);
}
