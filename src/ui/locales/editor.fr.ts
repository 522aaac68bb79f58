const fr: Record<string, string> = {
};

export default fr;
