package org.parindex.survey.platform.web;

import jakarta.servlet.http.HttpServletRequest;

/** The request's path inside the application (after the context root), as the servlet container decoded it. */
public final class Paths {

    private Paths() {
    }

    public static String inApplication(HttpServletRequest request) {
        String servletPath = request.getServletPath();
        String info = request.getPathInfo();
        String path = (servletPath == null ? "" : servletPath) + (info == null ? "" : info);
        return path.isEmpty() ? "/" : path;
    }
}
